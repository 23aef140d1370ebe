package org.floorwatch.ingest.simulator.files;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * Who turned up for a shift and when: most workers clock in up to a quarter of an hour early, some
 * arrive late, a few are absent for a reason; clock-outs fall around the shift's end, now and then
 * one is missing. Times are whole minutes.
 */
final class Attendance {

    static final List<String> ABSENCE_REASONS = List.of("Sick", "Holiday", "Training", "Unpaid leave",
            "Family leave");
    private static final double ABSENT = 0.04;
    private static final double LATE = 0.07;
    private static final double NO_CLOCK_OUT = 0.015;

    private Attendance() {
    }

    /** The clock-in rows of one shift, in the crew's order. */
    static List<ClockIn> of(ShiftSlot slot, List<Worker> crew, SplittableRandom random) {
        List<ClockIn> rows = new ArrayList<>(crew.size());
        for (Worker worker : crew) {
            double roll = random.nextDouble();
            if (roll < ABSENT) {
                String reason = ABSENCE_REASONS.get(random.nextInt(ABSENCE_REASONS.size()));
                rows.add(new ClockIn(worker, slot, ClockIn.Status.ABSENT, null, null, reason));
                continue;
            }
            boolean late = roll < ABSENT + LATE;
            Instant in = late ? minutes(slot.start(), 3 + random.nextInt(43))
                    : minutes(slot.start(), -random.nextInt(16));
            Instant out = random.nextDouble() < NO_CLOCK_OUT ? null : minutes(slot.end(), -5 + random.nextInt(31));
            rows.add(new ClockIn(worker, slot, late ? ClockIn.Status.LATE : ClockIn.Status.PRESENT, in, out, null));
        }
        return rows;
    }

    private static Instant minutes(Instant at, int minutes) {
        return at.plus(Duration.ofMinutes(minutes));
    }
}
