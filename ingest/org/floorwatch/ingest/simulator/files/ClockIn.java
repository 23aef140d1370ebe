package org.floorwatch.ingest.simulator.files;

import java.time.Instant;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * One row of a clock-in sheet: a worker scheduled on a shift of a production day.
 *
 * @param clockIn        null when absent
 * @param clockOut       null when absent, or when the worker did not clock out (the shift's end counts)
 * @param absenceReason  set only when absent
 */
record ClockIn(Worker worker, ShiftSlot slot, Status status, Instant clockIn, Instant clockOut, String absenceReason) {

    /** Clock-in status, as the sheet spells it. */
    enum Status {
        PRESENT("Present"), LATE("Late"), ABSENT("Absent");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** When the worker stopped: the clock-out, or the shift's end when none was recorded. */
    Instant workedUntil() {
        return clockOut != null ? clockOut : slot.end();
    }
}
