package org.floorwatch.ingest.simulator.files;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The row rules of contract section 4, written apart from the simulator: each gives the fault of a row, or null. */
final class Rules {

    static final List<String> CLOCK_IN_HEADER = List.of("Employee ID", "Name", "Department", "Shift", "Date",
            "Clock In", "Clock Out", "Status", "Absence Reason");
    static final List<String> TASK_HEADER = List.of("employee_id", "task", "station", "start", "end");
    static final List<String> ENERGY_HEADER = List.of("date", "machine", "kwh", "peak_kw");
    static final List<String> TOOL_HEADER = List.of("tool_id", "name", "kind", "vendor", "expected_life_hours",
            "station");
    static final List<String> MAINTENANCE_HEADER = List.of("work_order", "machine", "fault", "severity", "reported",
            "started", "resolved", "technician");

    private static final Set<String> STATUSES = Set.of("Present", "Late", "Absent");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?");

    private Rules() {
    }

    static String clockInFault(TableFile sheet, int row, Set<String> shifts) {
        String status = sheet.get(row, "Status");
        if (!STATUSES.contains(status)) {
            return "status " + status;
        }
        if (sheet.get(row, "Absence Reason") != null && !status.equals("Absent")) {
            return "absence reason on " + status;
        }
        if (!shifts.contains(sheet.get(row, "Shift"))) {
            return "shift " + sheet.get(row, "Shift");
        }
        try {
            LocalDate.parse(sheet.get(row, "Date"));
            for (String clock : List.of("Clock In", "Clock Out")) {
                if (sheet.get(row, clock) != null) {
                    LocalTime.parse(sheet.get(row, clock));
                }
            }
        } catch (DateTimeParseException e) {
            return e.getMessage();
        }
        return null;
    }

    static String taskFault(TableFile log, int row) {
        for (String column : List.of("start", "end")) {
            String value = log.get(row, column);
            if (value == null || !DATE_TIME.matcher(value).matches()) {
                return column + " " + value;
            }
        }
        return log.get(row, "employee_id") == null ? "no employee" : null;
    }

    static String energyFault(TableFile report, int row) {
        try {
            LocalDate.parse(report.get(row, "date"));
            if (Double.parseDouble(report.get(row, "kwh")) < 0) {
                return "negative kwh";
            }
            return Double.parseDouble(report.get(row, "peak_kw")) < 0 ? "negative peak" : null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
