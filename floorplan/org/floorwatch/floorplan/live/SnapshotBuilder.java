package org.floorwatch.floorplan.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;

/** Freezes {@link LiveFloor}'s counters into an immutable {@link FloorSnapshot}, in plan order. */
final class SnapshotBuilder {

    private final FloorPlan plan;
    private final Map<String, Station> stations;

    SnapshotBuilder(FloorPlan plan, Map<String, Station> stations) {
        this.plan = plan;
        this.stations = stations;
    }

    FloorSnapshot build(Instant asOf, Map<String, Long> wip, Map<String, Long> processedToday,
                        Map<String, Long> errorsToday, LastHourCounts lastHour, List<PartMove> transit,
                        Map<String, SensorTrail> trails, long completedThisShift) {
        List<SensorLive> sensors = new ArrayList<>();
        Map<String, HeatLevel> stationHeat = new HashMap<>();
        for (Sensor sensor : plan.sensors()) {
            SensorTrail trail = trails.get(sensor.id());
            HeatReading reading = trail == null ? null : trail.latest();
            SensorLive live = reading == null
                    ? new SensorLive(sensor.id(), sensor.station(), Double.NaN, null, HeatLevel.NO_READING)
                    : new SensorLive(sensor.id(), sensor.station(), reading.celsius(), reading.ts(), trail.level());
            sensors.add(live);
            stationHeat.merge(sensor.station(), live.level(), HeatLevel::worst);
        }
        List<StationLive> stationList = new ArrayList<>();
        long wipTotal = 0;
        String bottleneck = null;
        long bottleneckWip = 0;
        for (Station station : plan.stations()) {
            long stationWip = station.kind().holdsWip() ? wip.getOrDefault(station.id(), 0L) : 0L;
            wipTotal += stationWip;
            stationList.add(new StationLive(station.id(), stationWip, processedToday.getOrDefault(station.id(), 0L),
                    errorsToday.getOrDefault(station.id(), 0L), lastHour.outs(station.id()),
                    stationHeat.getOrDefault(station.id(), HeatLevel.NO_READING)));
            boolean higher = stationWip > bottleneckWip
                    || stationWip == bottleneckWip && bottleneck != null && station.id().compareTo(bottleneck) < 0;
            if (station.kind().canBeBottleneck() && stationWip > 0 && higher) {
                bottleneck = station.id();
                bottleneckWip = stationWip;
            }
        }
        transit.sort(Comparator.comparing(PartMove::ts).thenComparing(PartMove::id).reversed());
        List<PartInTransit> inTransit = transit.stream()
                .filter(m -> stations.containsKey(m.to()))
                .map(m -> new PartInTransit(m.part(), m.type(), m.from(), m.to(), m.ts()))
                .toList();
        return new FloorSnapshot(asOf, stationList, inTransit, sensors, completedThisShift, lastHour.completions(),
                wipTotal, bottleneck);
    }
}
