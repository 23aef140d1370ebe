package org.floorwatch.localstore.read;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.CycleTimes;
import org.floorwatch.localstore.report.StationWip;

/**
 * What the Floor screen asks the store about its stations' past: the time-weighted mean WIP over a span and a
 * station's mean cycle time. Each call reads on a connection of its own and blocks: call it off the JavaFX thread.
 */
public final class StationHistory {

    private final FloorStore store;

    public StationHistory(FloorStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Time-weighted mean WIP per station id over {@code [from, to)}; every station seen in a move. */
    public Map<String, Double> meanWip(Instant from, Instant to) {
        return StoreReads.read(store, "the mean WIP", connection -> StationWip.average(connection, from, to));
    }

    /** The mean cycle in seconds of moves out of {@code station} with {@code from <= ts < to}; empty with none. */
    public OptionalDouble meanCycle(String station, Instant from, Instant to) {
        return StoreReads.read(store, "the cycle times", connection -> CycleTimes.average(connection, station, from, to));
    }
}
