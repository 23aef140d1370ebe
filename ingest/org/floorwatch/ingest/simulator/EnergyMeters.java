package org.floorwatch.ingest.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;

/**
 * The machines' energy meters: each sample covers the interval since the previous one, and the mean
 * power in it runs from 20% of rated power (idle, or stopped) to 100% (the machine busy all the time).
 */
final class EnergyMeters {

    static final long INTERVAL_MS = 60_000;
    private static final double IDLE_SHARE = 0.2;

    private static final class Meter {
        final FloorPlan.Machine machine;
        final Workstation.Machine working;
        long busyMark;

        Meter(FloorPlan.Machine machine, Workstation.Machine working) {
            this.machine = machine;
            this.working = working;
        }
    }

    private final List<Meter> meters = new ArrayList<>();
    private long lastSampleMs;

    EnergyMeters(FloorPlan plan, Map<String, Workstation> workstations) {
        for (FloorPlan.Machine machine : plan.machines()) {
            Workstation.Machine working = workstations.get(machine.station()).machines().stream()
                    .filter(m -> machine.id().equals(m.id())).findFirst().orElseThrow();
            meters.add(new Meter(machine, working));
        }
    }

    /** One sample of every machine, in plan order, for the interval ending now; {@code quiet}: counted, not made. */
    List<EnergySample> sample(long nowMs, Instant ts, EventIds ids, boolean quiet) {
        long intervalMs = nowMs - lastSampleMs;
        lastSampleMs = nowMs;
        List<EnergySample> samples = new ArrayList<>(meters.size());
        for (Meter meter : meters) {
            long busy = meter.working.busyMs(nowMs);
            double share = Workstation.share(meter.busyMark, busy, intervalMs, 1);
            meter.busyMark = busy;
            double kw = Math.round(meter.machine.ratedKw() * (IDLE_SHARE + (1 - IDLE_SHARE) * share) * 100) / 100.0;
            double kwh = Math.round(kw * intervalMs / 3_600_000.0 * 10_000) / 10_000.0;
            if (quiet) {
                ids.skipSample();
            } else {
                samples.add(new EnergySample(ids.sample(), ts, meter.machine.id(), kwh, kw));
            }
        }
        return samples;
    }
}
