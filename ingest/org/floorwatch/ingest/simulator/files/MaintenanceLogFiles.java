package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.floorwatch.ingest.simulator.WorkOrder;

/**
 * The maintenance log (contract section 4): the work orders of the simulated floor's own breakdowns, each machine
 * stopped from reported to resolved, as they stand when the log is written. An order still open then has no
 * resolved time (or no start yet).
 */
final class MaintenanceLogFiles {

    static final List<String> HEADER = List.of("work_order", "machine", "fault", "severity", "reported", "started",
            "resolved", "technician");

    private MaintenanceLogFiles() {
    }

    /** Writes the orders reported before {@code end}, as they stand at {@code end}. */
    static void write(Path file, List<WorkOrder> orders, Instant end, ZoneId zone) throws IOException {
        List<List<String>> rows = new ArrayList<>(orders.size());
        for (WorkOrder order : orders) {
            if (order.reported().isBefore(end)) {
                rows.add(row(order.asAt(end), zone));
            }
        }
        CsvFile.write(file, CsvFile.PLAIN, HEADER, rows);
    }

    /** One row of the log, local times to the minute. */
    static List<String> row(WorkOrder order, ZoneId zone) {
        return new ArrayList<>(Arrays.asList(order.id(), order.machine(), order.fault(), order.severity(),
                local(order.reported(), zone), local(order.started(), zone), local(order.resolved(), zone),
                order.technician()));
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : TaskLogFiles.LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }
}
