package org.floorwatch.ingest.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A machine stoppage of the simulated floor as a maintenance work order (contract section 4): reported when the
 * machine stops, started when the technician begins, resolved when the machine runs again. The simulator knows the
 * whole story when the machine stops; {@link #asAt} gives the order as a maintenance log written at an instant
 * holds it.
 */
public record WorkOrder(String id, String machine, String fault, String severity, Instant reported, Instant started,
                        Instant resolved, String technician) {

    /** The order as known at {@code instant} (reported before it): started and resolved only once they happened. */
    public WorkOrder asAt(Instant instant) {
        return new WorkOrder(id, machine, fault, severity, reported, byThen(started, instant),
                byThen(resolved, instant), technician);
    }

    /** The instants at which a log of this order changes: reported, started, resolved (those set). */
    public List<Instant> changes() {
        List<Instant> changes = new ArrayList<>(3);
        changes.add(reported);
        if (started != null) {
            changes.add(started);
        }
        if (resolved != null) {
            changes.add(resolved);
        }
        return changes;
    }

    private static Instant byThen(Instant happened, Instant instant) {
        return happened != null && !happened.isAfter(instant) ? happened : null;
    }
}
