package org.floorwatch.views.map;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.floorwatch.floorplan.live.HeatLevel;

/**
 * A made-up busy floor for any plan: some WIP, parts spread along every route (every tenth entering the floor),
 * all still on their way at {@code now}, and sensors reading normal, warn, alarm and nothing.
 */
final class BusyFloor {

    private BusyFloor() {
    }

    static FloorSnapshot snapshot(FloorPlan plan, Instant now, int partsInFlight, long seed) {
        Random random = new Random(seed);
        FloorGeometry geometry = new FloorGeometry(plan);
        List<PartInTransit> parts = new ArrayList<>();
        String entry = plan.stations().stream().filter(s -> s.kind() == StationKind.ENTRY).findFirst()
                .orElse(plan.stations().get(0)).id();
        for (int i = 0; i < partsInFlight; i++) {
            Route route = plan.routes().get(random.nextInt(plan.routes().size()));
            String from = i % 10 == 0 ? null : route.from();
            String to = i % 10 == 0 ? entry : route.to();
            double travel = geometry.path(from, to).orElseThrow().travelSeconds();
            Instant departed = now.minus(Duration.ofMillis((long) (random.nextDouble() * 0.9 * travel * 1000)));
            parts.add(new PartInTransit("P-" + i, "T", from, to, departed));
        }
        List<SensorLive> sensors = new ArrayList<>();
        Map<String, HeatLevel> stationHeat = new HashMap<>();
        for (int i = 0; i < plan.sensors().size(); i++) {
            Sensor sensor = plan.sensors().get(i);
            HeatLevel level = i == 1 ? HeatLevel.WARN : i == 2 ? HeatLevel.ALARM
                    : i == plan.sensors().size() - 1 && i > 2 ? HeatLevel.NO_READING : HeatLevel.NORMAL;
            double celsius = level == HeatLevel.NO_READING ? Double.NaN : level == HeatLevel.ALARM ? sensor.alarmC() + 3
                    : level == HeatLevel.WARN ? sensor.warnC() + 1 : sensor.warnC() - 10;
            sensors.add(new SensorLive(sensor.id(), sensor.station(), celsius, now, level));
            stationHeat.merge(sensor.station(), level, HeatLevel::worst);
        }
        List<StationLive> stations = new ArrayList<>();
        long total = 0;
        for (Station station : plan.stations()) {
            long wip = station.kind().holdsWip() ? random.nextInt(25) : 0;
            total += wip;
            stations.add(new StationLive(station.id(), wip, 0, 0, 0,
                    stationHeat.getOrDefault(station.id(), HeatLevel.NO_READING)));
        }
        return new FloorSnapshot(now, stations, parts, sensors, 0, 0, total, null);
    }

    /** Each station's WIP in the snapshot, as heat intensity. */
    static Map<String, Double> wipHeat(FloorSnapshot snapshot) {
        Map<String, Double> heat = new LinkedHashMap<>();
        snapshot.stations().forEach(s -> heat.put(s.station(), (double) s.wip()));
        return heat;
    }
}
