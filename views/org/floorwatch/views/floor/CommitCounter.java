package org.floorwatch.views.floor;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.floorwatch.localstore.CommitResult;

/**
 * Counts what the store's writer commits (new events and newly quarantined records) as a commit listener, so
 * the status bar can tell events per second without asking the store. Thread-safe.
 */
final class CommitCounter implements Consumer<CommitResult> {

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong quarantined;

    CommitCounter(long quarantinedAtStart) {
        this.quarantined = new AtomicLong(quarantinedAtStart);
    }

    @Override
    public void accept(CommitResult result) {
        events.addAndGet(result.newEvents());
        quarantined.addAndGet(result.quarantined());
    }

    long events() {
        return events.get();
    }

    long quarantined() {
        return quarantined.get();
    }
}
