package org.floorwatch.ingest.files;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.files.ClockInRow;

/**
 * A clock-in sheet row. {@code Date} and {@code Shift} name the production day and shift; {@code Status} is
 * Present, Late or Absent in any letter case (stored as written in the contract); {@code Absence Reason} may be
 * set only when Absent (an Absent row without a reason is fine). {@code Clock In} is the instant showing that time
 * nearest the shift's start, so a night shift's times land on the right dates; a {@code Clock Out} earlier than
 * {@code Clock In} is on the next calendar day, an empty one is the shift's end. Present and Late rows need a
 * Clock In; Absent rows may leave both times empty.
 */
final class ClockInSheetRows implements RowMapper<ClockInRow> {

    private static final List<String> STATUSES = List.of("Present", "Late", "Absent");
    private static final String ABSENT = "Absent";

    private final SiteClock clock;

    ClockInSheetRows(SiteClock clock) {
        this.clock = clock;
    }

    @Override
    public ClockInRow map(RowFields row) {
        String employee = row.required("Employee ID");
        LocalDate day = row.date("Date");
        if (day == null) {
            throw new BadCellException("Date is empty");
        }
        ShiftSlot slot = clock.shift(day, row.required("Shift"));
        String status = status(row.required("Status"));
        String reason = row.text("Absence Reason");
        if (reason != null && !status.equals(ABSENT)) {
            throw new BadCellException("Absence Reason is set but Status is " + status);
        }
        LocalTime in = row.time("Clock In");
        LocalTime out = row.time("Clock Out");
        if (in == null && !status.equals(ABSENT)) {
            throw new BadCellException("Clock In is empty but Status is " + status);
        }
        if (in == null && out != null) {
            throw new BadCellException("Clock Out is set but Clock In is empty");
        }
        Instant clockIn = in == null ? null : clock.nearest(in, slot.start());
        Instant clockOut = in == null ? null : out == null ? slot.end()
                : clock.atOrAfter(clock.localDate(clockIn).plusDays(out.isBefore(in) ? 1 : 0).atTime(out), clockIn);
        return new ClockInRow(employee, day, slot.shift().name(), row.text("Name"), row.text("Department"), status,
                reason, clockIn, clockOut, row.rowNumber());
    }

    private static String status(String written) {
        return STATUSES.stream().filter(status -> status.equalsIgnoreCase(written)).findFirst()
                .orElseThrow(() -> new BadCellException("Status '" + written + "' is not Present, Late or Absent"));
    }
}
