package org.floorwatch.localstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/** Events and batches for store tests, with readable defaults. */
final class StoreFixtures {

    static final Instant T0 = Instant.parse("2026-11-02T06:15:00.250Z");

    private StoreFixtures() {
    }

    static PartMove move(String id, Instant ts, String from, String to) {
        return new PartMove(id, ts, "P-" + id, "CPU-X", from, to, null);
    }

    static PartMove move(String id, String from, String to) {
        return move(id, T0, from, to);
    }

    static HeatReading heat(String id, Instant ts, String sensor, double celsius) {
        return new HeatReading(id, ts, sensor, celsius);
    }

    static EnergySample energy(String id, Instant ts, String machine, double kwh) {
        return new EnergySample(id, ts, machine, kwh, kwh * 60);
    }

    static QuarantinedRecord quarantined(String sourceKey, String reason, Instant receivedAt) {
        return new QuarantinedRecord(sourceKey, "floor.moves[0]", "offset 7", "{not json", reason, receivedAt);
    }

    static IngestBatch batch(FloorEvent... events) {
        return IngestBatch.of(List.of(events));
    }

    /** Moves {@code prefix-0 .. prefix-(count-1)}, a second apart, cycling through a few stations. */
    static List<FloorEvent> moves(String prefix, int count) {
        List<FloorEvent> moves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            moves.add(new PartMove(prefix + "-" + i, T0.plusSeconds(i), "PART-" + (i / 4), "CPU-X",
                    i % 4 == 0 ? null : "ST-" + (i % 4), "ST-" + (i % 4 + 1), i % 50 == 0 ? "E42" : null));
        }
        return moves;
    }
}
