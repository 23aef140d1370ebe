package org.floorwatch.floorplan.live;

import java.time.Instant;
import java.util.List;

/**
 * The floor at one instant, immutable, for screens. {@code asOf} is the newest event time seen (event time, not
 * the wall clock), so a snapshot rebuilt from the store equals the one the live feed built.
 *
 * @param stations           every station of the plan, in plan order
 * @param inTransit          parts whose latest move is recent, newest first
 * @param sensors            every sensor of the plan, in plan order
 * @param completedThisShift moves into exit stations in the shift that holds {@code asOf}
 * @param completedLastHour  moves into exit stations in the hour up to {@code asOf} (whole minutes)
 * @param bottleneck         the process or inspection station with the most WIP now (ties: smallest id), or null
 */
public record FloorSnapshot(Instant asOf, List<StationLive> stations, List<PartInTransit> inTransit,
                            List<SensorLive> sensors, long completedThisShift, long completedLastHour,
                            long wipTotal, String bottleneck) {

    public static final FloorSnapshot EMPTY = new FloorSnapshot(Instant.EPOCH, List.of(), List.of(), List.of(), 0, 0, 0, null);

    public FloorSnapshot {
        stations = List.copyOf(stations);
        inTransit = List.copyOf(inTransit);
        sensors = List.copyOf(sensors);
    }

    /** One station now. {@code processedToday} and {@code errorsToday} count moves out in the production day of asOf. */
    public record StationLive(String station, long wip, long processedToday, long errorsToday, long processedLastHour,
                              HeatLevel heat) { }

    /** A part on its way from one station to the next. {@code from} is null when it just entered the floor. */
    public record PartInTransit(String part, String type, String from, String to, Instant departed) { }

    /** A sensor's latest reading; {@code celsius} is NaN and level NO_READING before the first one. */
    public record SensorLive(String sensor, String station, double celsius, Instant readAt, HeatLevel level) { }
}
