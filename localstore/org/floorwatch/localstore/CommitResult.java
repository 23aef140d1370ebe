package org.floorwatch.localstore;

import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * What one committed batch changed: events new to the store (in the order received), events skipped as
 * duplicates of one already stored (or earlier in the same batch), records newly quarantined, and database changes
 * (work and purchase orders) that changed the store or did not (see {@code OrderWriter}).
 */
public record CommitResult(List<FloorEvent> committed, int duplicates, int quarantined, long ordersChanged,
                           long ordersUnchanged) {

    public static final CommitResult EMPTY = new CommitResult(List.of(), 0, 0);

    public CommitResult {
        committed = List.copyOf(committed);
    }

    public CommitResult(List<FloorEvent> committed, int duplicates, int quarantined) {
        this(committed, duplicates, quarantined, 0, 0);
    }

    public int newEvents() {
        return committed.size();
    }
}
