package org.floorwatch.views.floor;

import java.time.Instant;
import java.util.OptionalDouble;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.floorwatch.floorplan.live.HeatLevel;

/**
 * One station's figures for the detail panel. Processed and errors (today), moves out in the last hour, WIP and
 * temperature come from the live snapshot; {@code avgCycleS} (mean, over today's moves out of the station, of the
 * time since the part last moved in) from the store. {@code celsius} is the hottest latest reading of the
 * station's sensors, NaN with none; {@code heat} its level.
 */
public record StationDetail(Station station, long wip, long processedToday, long errorsToday, long perHour,
                            OptionalDouble avgCycleS, double celsius, HeatLevel heat, Instant asOf) {

    /** The station's figures in {@code snapshot}, with a cycle time already known (or empty). */
    public static StationDetail of(Station station, FloorSnapshot snapshot, OptionalDouble avgCycleS) {
        StationLive live = snapshot.stations().stream().filter(s -> s.station().equals(station.id())).findFirst()
                .orElse(new StationLive(station.id(), 0, 0, 0, 0, HeatLevel.NO_READING));
        double celsius = snapshot.sensors().stream()
                .filter(s -> s.station().equals(station.id()) && !Double.isNaN(s.celsius()))
                .mapToDouble(SensorLive::celsius).max().orElse(Double.NaN);
        return new StationDetail(station, live.wip(), live.processedToday(), live.errorsToday(),
                live.processedLastHour(), avgCycleS, celsius, live.heat(), snapshot.asOf());
    }

    public StationDetail withAvgCycle(OptionalDouble seconds) {
        return new StationDetail(station, wip, processedToday, errorsToday, perHour, seconds, celsius, heat, asOf);
    }
}
