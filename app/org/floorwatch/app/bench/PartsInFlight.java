package org.floorwatch.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.floorwatch.views.map.FloorGeometry;

/**
 * A busy floor for the frame bench: {@code parts} parts spread along every route of the plan (every tenth
 * entering the floor), all still on their way for a second after {@code now}, some WIP at every station that
 * holds it, and sensors reading normal, warn and alarm.
 */
final class PartsInFlight {

    private PartsInFlight() {
    }

    static FloorSnapshot snapshot(FloorPlan plan, Instant now, int parts, long seed) {
        Random random = new Random(seed);
        FloorGeometry geometry = new FloorGeometry(plan);
        String entry = plan.stations().stream().filter(s -> s.kind() == StationKind.ENTRY).findFirst()
                .orElse(plan.stations().get(0)).id();
        List<PartInTransit> inTransit = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            Route route = plan.routes().get(random.nextInt(plan.routes().size()));
            String from = i % 10 == 0 ? null : route.from();
            String to = i % 10 == 0 ? entry : route.to();
            double travelSeconds = geometry.path(from, to).orElseThrow().travelSeconds();
            double gone = random.nextDouble() * (travelSeconds - 1.5);
            inTransit.add(new PartInTransit("P-" + i, "T", from, to, now.minus(Duration.ofMillis((long) (gone * 1000)))));
        }
        List<SensorLive> sensors = new ArrayList<>();
        Map<String, HeatLevel> stationHeat = new HashMap<>();
        for (int i = 0; i < plan.sensors().size(); i++) {
            Sensor sensor = plan.sensors().get(i);
            HeatLevel level = i % 7 == 1 ? HeatLevel.WARN : i % 7 == 2 ? HeatLevel.ALARM : HeatLevel.NORMAL;
            double celsius = level == HeatLevel.ALARM ? sensor.alarmC() + 3
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
        return new FloorSnapshot(now, stations, inTransit, sensors, 0, 0, total, null);
    }

    /** Each station's WIP in the snapshot, as heat intensity. */
    static Map<String, Double> wipHeat(FloorSnapshot snapshot) {
        Map<String, Double> heat = new HashMap<>();
        snapshot.stations().forEach(s -> heat.put(s.station(), (double) s.wip()));
        return heat;
    }
}
