package org.floorwatch.floorplan.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Part {@code part} (of product {@code type}) leaves station {@code from} for station {@code to}.
 * {@code from} is null when the part enters the floor; {@code error} is null or the code raised by the
 * station it leaves.
 */
public record PartMove(String id, Instant ts, String part, String type, String from, String to, String error)
        implements FloorEvent {

    public PartMove {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
    }

    public boolean entersFloor() {
        return from == null;
    }

    public boolean failed() {
        return error != null;
    }
}
