package org.floorwatch.views.floor;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.floorwatch.localstore.CommitResult;

/**
 * Counts what the store's writer commits (new events and newly quarantined records) as a commit listener, so
 * the status bar can tell events per second without asking the store; the quarantined records stored before it
 * counted are told by {@link #quarantinedBefore}. Thread-safe.
 */
final class CommitCounter implements Consumer<CommitResult> {

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong quarantinedSeen = new AtomicLong();
    private volatile long quarantinedBefore;

    @Override
    public void accept(CommitResult result) {
        events.addAndGet(result.newEvents());
        quarantinedSeen.addAndGet(result.quarantined());
    }

    long events() {
        return events.get();
    }

    /** Quarantined records this counter saw committed. */
    long quarantinedSeen() {
        return quarantinedSeen.get();
    }

    /** The store's quarantined records that this counter did not see. */
    void quarantinedBefore(long count) {
        quarantinedBefore = count;
    }

    /** Every quarantined record in the store. */
    long quarantined() {
        return quarantinedBefore + quarantinedSeen.get();
    }
}
