package org.floorwatch.ingest.files;

import java.time.Instant;
import java.time.LocalDateTime;
import org.floorwatch.localstore.files.TaskLogRow;

/** A task-log row: {@code start} and {@code end} are local date-times, both required, end not before start. */
final class TaskLogRows implements RowMapper<TaskLogRow> {

    private final SiteClock clock;

    TaskLogRows(SiteClock clock) {
        this.clock = clock;
    }

    @Override
    public TaskLogRow map(RowFields row) {
        String employee = row.required("employee_id");
        Instant start = clock.at(required(row, "start"));
        Instant end = clock.atOrAfter(required(row, "end"), start);
        if (end.isBefore(start)) {
            throw new BadCellException("end is before start");
        }
        return new TaskLogRow(employee, start, end, row.text("task"), row.text("station"), row.rowNumber());
    }

    static LocalDateTime required(RowFields row, String column) {
        LocalDateTime value = row.dateTime(column);
        if (value == null) {
            throw new BadCellException(column + " is empty");
        }
        return value;
    }
}
