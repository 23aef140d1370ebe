package org.floorwatch.localstore;

import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * What one committed batch changed: events new to the store (in the order received), events skipped as
 * duplicates of one already stored (or earlier in the same batch), and records newly quarantined.
 */
public record CommitResult(List<FloorEvent> committed, int duplicates, int quarantined) {

    public static final CommitResult EMPTY = new CommitResult(List.of(), 0, 0);

    public CommitResult {
        committed = List.copyOf(committed);
    }

    public int newEvents() {
        return committed.size();
    }
}
