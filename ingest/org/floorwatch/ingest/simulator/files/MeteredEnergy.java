package org.floorwatch.ingest.simulator.files;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.floorwatch.floorplan.event.EnergySample;

/** What the machines' live energy samples add up to, per production day and machine: kWh and peak kW. */
final class MeteredEnergy {

    /** One machine's day: the sum of its samples' kWh and the highest mean kW among them. */
    record Metered(double kwh, double peakKw) { }

    private final Map<LocalDate, Map<String, Metered>> days = new HashMap<>();

    void add(LocalDate day, EnergySample sample) {
        days.computeIfAbsent(day, d -> new HashMap<>()).merge(sample.machine(),
                new Metered(sample.kwh(), sample.kw()),
                (a, b) -> new Metered(a.kwh() + b.kwh(), Math.max(a.peakKw(), b.peakKw())));
    }

    /** The machine's day, or null when no sample of it fell in that day. */
    Metered of(LocalDate day, String machine) {
        return days.getOrDefault(day, Map.of()).get(machine);
    }
}
