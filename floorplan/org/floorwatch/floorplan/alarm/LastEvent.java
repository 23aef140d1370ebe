package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.Objects;

/** The last event a track has read: its time and id (for the order of section 8) and whether it came late. */
public record LastEvent(Instant ts, String id, boolean late) {

    public LastEvent {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(id, "id");
    }

    /** Whether an event (ts, id) comes after this one in section 8's order. */
    public boolean isBefore(Instant otherTs, String otherId) {
        return EventOrder.after(otherTs, otherId, ts, id);
    }
}
