package org.floorwatch.localstore.files;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a clock-in sheet, keyed by employee, production day and shift. Clock times are the instants the
 * sheet's local times name; both are null for an Absent row without times.
 *
 * @param status        {@code Present}, {@code Late} or {@code Absent}
 * @param absenceReason set only when Absent (and may be null then too)
 * @param sourceRow     the spreadsheet row it was read from (the header is row 1)
 */
public record ClockInRow(String employeeId, LocalDate day, String shift, String name, String department,
                         String status, String absenceReason, Instant clockIn, Instant clockOut, int sourceRow) {
}
