package org.floorwatch.ingest.simulator.files;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrected re-issues: the office sends a file again with a few rows put right. Each method takes the
 * original's CSV rows and returns a copy with those few rows changed (same keys, other values).
 */
final class Reissues {

    private Reissues() {
    }

    /**
     * A clock-in sheet corrected: the first Present row becomes Late 12 minutes later, the first Absent
     * row gets another reason, and the last clock-out is booked half an hour later.
     */
    static List<List<String>> clockIns(List<List<String>> original) {
        List<List<String>> rows = copy(original);
        rows.stream().filter(row -> row.get(7).equals(ClockIn.Status.PRESENT.label())).findFirst().ifPresent(row -> {
            row.set(5, later(row.get(5), 12));
            row.set(7, ClockIn.Status.LATE.label());
        });
        rows.stream().filter(row -> row.get(7).equals(ClockIn.Status.ABSENT.label())).findFirst().ifPresent(row -> {
            List<String> reasons = Attendance.ABSENCE_REASONS;
            row.set(8, reasons.get((reasons.indexOf(row.get(8)) + 1) % reasons.size()));
        });
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).get(6) != null) {
                rows.get(i).set(6, later(rows.get(i).get(6), 30));
                break;
            }
        }
        return rows;
    }

    /** An energy report corrected: the first and last machines' kwh re-read 3% higher and 2% lower. */
    static List<List<String>> energyReport(List<EnergyReportFiles.Row> original) {
        List<List<String>> rows = new ArrayList<>(original.stream().map(EnergyReportFiles.Row::csv).toList());
        if (!rows.isEmpty()) {
            scaleKwh(rows.get(0), 1.03);
            scaleKwh(rows.get(rows.size() - 1), 0.98);
        }
        return rows;
    }

    private static void scaleKwh(List<String> row, double factor) {
        row.set(2, EnergyReportFiles.plain(EnergyReportFiles.round(Double.parseDouble(row.get(2)) * factor, 1000)));
    }

    private static String later(String clock, int minutes) {
        return LocalTime.parse(clock).plusMinutes(minutes).toString();
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows.size());
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }
}
