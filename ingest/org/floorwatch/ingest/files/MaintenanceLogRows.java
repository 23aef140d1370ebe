package org.floorwatch.ingest.files;

import java.time.Instant;
import java.time.LocalDateTime;
import org.floorwatch.localstore.files.WorkOrderRow;

/**
 * A maintenance-log row: {@code work_order} and {@code reported} required, {@code machine} must be in the floor
 * plan; {@code started} and {@code resolved} may be empty (an open order); {@code resolved} may not be before
 * {@code reported}.
 */
final class MaintenanceLogRows implements RowMapper<WorkOrderRow> {

    private final SiteClock clock;

    MaintenanceLogRows(SiteClock clock) {
        this.clock = clock;
    }

    @Override
    public WorkOrderRow map(RowFields row) {
        String workOrder = row.required("work_order");
        String machine = clock.knownMachine(row.required("machine"));
        Instant reported = clock.at(TaskLogRows.required(row, "reported"));
        Instant started = optional(row, "started", reported);
        Instant resolved = optional(row, "resolved", reported);
        if (resolved != null && resolved.isBefore(reported)) {
            throw new BadCellException("resolved is before reported");
        }
        return new WorkOrderRow(workOrder, machine, row.text("fault"), row.text("severity"), reported, started,
                resolved, row.text("technician"), row.rowNumber());
    }

    private Instant optional(RowFields row, String column, Instant reported) {
        LocalDateTime value = row.dateTime(column);
        return value == null ? null : clock.atOrAfter(value, reported);
    }
}
