package org.floorwatch.floorplan.event;

import java.time.Instant;
import java.util.Objects;

/** One temperature reading of a heat sensor. */
public record HeatReading(String id, Instant ts, String sensor, double celsius) implements FloorEvent {

    public HeatReading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sensor, "sensor");
    }
}
