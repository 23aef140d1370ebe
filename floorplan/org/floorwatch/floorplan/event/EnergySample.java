package org.floorwatch.floorplan.event;

import java.time.Instant;
import java.util.Objects;

/** Energy used by a machine in the interval that ends at {@code ts}, and its mean power in it. */
public record EnergySample(String id, Instant ts, String machine, double kwh, double kw) implements FloorEvent {

    public EnergySample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(machine, "machine");
    }
}
