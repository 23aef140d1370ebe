package org.floorwatch.ingest.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.HeatReading;

/**
 * The floor's heat sensors. A sensor's temperature drifts towards a level set by how busy its station
 * has been (near ambient when idle, a few degrees under warn when flat out), with a little noise and
 * now and then a hot spell that crosses warn, more rarely alarm, and cools off over some minutes. The sensors of a
 * station can be silenced (a sensor fault): they send nothing until heard again, while the station's heat goes on.
 */
final class HeatSensors {

    static final long INTERVAL_MS = 10_000;
    private static final double AMBIENT_C = 22;
    private static final double SETTLE = 1 - StrictMath.exp(-10.0 / 180);
    private static final double COOL = StrictMath.exp(-10.0 / 420);
    /** About three or four hot spells an hour over ten sensors: a few alarms an hour, not a flood. */
    private static final double HOT_SPELL_CHANCE = 1.0 / 1000;
    /** The share of hot spells that cross alarm_c (the others cross warn_c only). */
    private static final double ALARM_SHARE = 0.4;

    private static final class Probe {
        final FloorPlan.Sensor sensor;
        final Workstation station;
        final double idleC;
        double celsius;
        double hotSpell;
        long busyMark;

        Probe(FloorPlan.Sensor sensor, Workstation station) {
            this.sensor = sensor;
            this.station = station;
            this.idleC = Math.min(AMBIENT_C, sensor.warnC() - 10);
            this.celsius = idleC;
        }
    }

    private final List<Probe> probes = new ArrayList<>();
    private final Set<Workstation> silenced = new HashSet<>();

    HeatSensors(FloorPlan plan, Map<String, Workstation> workstations) {
        plan.sensors().forEach(sensor -> probes.add(new Probe(sensor, workstations.get(sensor.station()))));
    }

    /** The station's sensors send nothing from now on ({@code silent}) or again. */
    void silence(Workstation station, boolean silent) {
        if (silent) {
            silenced.add(station);
        } else {
            silenced.remove(station);
        }
    }

    /**
     * One reading of every sensor that is not silenced, in plan order; {@code quiet}: none made (their ids are
     * counted), the sensors' heat changes all the same.
     */
    List<HeatReading> read(long nowMs, Instant ts, EventIds ids, SplittableRandom random, boolean quiet) {
        List<HeatReading> readings = new ArrayList<>(probes.size());
        for (Probe probe : probes) {
            long busy = probe.station.busyServerMs(nowMs);
            double share = probe.station.busyShare(probe.busyMark, busy, INTERVAL_MS);
            probe.busyMark = busy;
            double flatOutC = probe.sensor.warnC() - 4;
            probe.celsius += SETTLE * (probe.idleC + share * (flatOutC - probe.idleC) - probe.celsius);
            probe.hotSpell *= COOL;
            if (random.nextDouble() < HOT_SPELL_CHANCE * (0.5 + share)) {
                double peak = random.nextDouble() < ALARM_SHARE ? probe.sensor.alarmC() + 1 + 3 * random.nextDouble()
                        : probe.sensor.warnC() + 1 + 3 * random.nextDouble();
                probe.hotSpell = Math.max(probe.hotSpell, peak - probe.celsius);
            }
            double noise = (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 0.6;
            double celsius = Math.round((probe.celsius + probe.hotSpell + noise) * 10) / 10.0;
            if (silenced.contains(probe.station)) {
                continue;
            }
            if (quiet) {
                ids.skipReading();
            } else {
                readings.add(new HeatReading(ids.reading(), ts, probe.sensor.id(), celsius));
            }
        }
        return readings;
    }
}
