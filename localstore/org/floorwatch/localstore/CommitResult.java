package org.floorwatch.localstore;

import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * What one committed batch changed: events new to the store (in the order received), duplicates (events whose id
 * is already stored or earlier in the same batch, and records already quarantined under the same source key),
 * records newly quarantined (every event and record of the batch is in exactly one of these three), and database
 * changes (work and purchase orders) that changed the store or did not (see {@code OrderWriter}).
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
