package org.floorwatch.localstore;

import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * What one committed batch changed: events new to the store (in the order received), duplicates (events whose id
 * is already stored or earlier in the same batch, and records already quarantined under the same source key), and
 * records newly quarantined. Every event and record of the batch is in exactly one of the three.
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
