package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Files an importer must refuse, each a real file of the run broken in exactly one row and one way,
 * written under {@code bad/} so that a user sees they are meant to be refused.
 */
final class BadFiles {

    private static final DateTimeFormatter NOT_ALLOWED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final OutputFolder out;
    private final List<BadFile> written = new ArrayList<>();

    BadFiles(OutputFolder out) {
        this.out = out;
    }

    List<BadFile> written() {
        return List.copyOf(written);
    }

    /** A clock-in sheet with an Absence Reason on its first Present row. */
    void absenceReasonOnPresent(LocalDate day, String shift, List<List<String>> rows) throws IOException {
        int at = firstPresent(rows);
        if (at >= 0) {
            rows.get(at).set(8, "Sick");
            write(new BadFile("clock-ins-" + day + "-" + shift + "-absence-reason-on-present.csv", at + 2,
                    "Absence Reason set on a Present row"), ClockInSheets.HEADER, rows);
        }
    }

    /** A clock-in sheet whose first Present row has a Status that is none of Present, Late, Absent. */
    void unknownStatus(LocalDate day, String shift, List<List<String>> rows) throws IOException {
        int at = firstPresent(rows);
        if (at >= 0) {
            rows.get(at).set(7, "On site");
            write(new BadFile("clock-ins-" + day + "-" + shift + "-unknown-status.csv", at + 2,
                    "Status 'On site' is not Present, Late or Absent"), ClockInSheets.HEADER, rows);
        }
    }

    /** An energy report with a negative kwh on its first row. */
    void negativeKwh(LocalDate day, List<EnergyReportFiles.Row> report) throws IOException {
        if (!report.isEmpty()) {
            List<List<String>> rows = new ArrayList<>(report.stream().map(EnergyReportFiles.Row::csv).toList());
            rows.get(0).set(2, "-" + rows.get(0).get(2));
            write(new BadFile("energy-report-" + day + "-negative-kwh.csv", 2, "negative kwh"),
                    EnergyReportFiles.HEADER, rows);
        }
    }

    /** A task log whose first task starts at a date-time in a format the contract does not allow. */
    void badTaskStart(LocalDate day, List<List<String>> rows) throws IOException {
        if (!rows.isEmpty()) {
            rows.get(0).set(3, NOT_ALLOWED.format(LocalDateTime.parse(rows.get(0).get(3), TaskLogFiles.LOCAL)));
            write(new BadFile("tasks-" + day + "-bad-date.csv", 2,
                    "start '" + rows.get(0).get(3) + "' is not yyyy-MM-dd HH:mm[:ss]"), TaskLogFiles.HEADER, rows);
        }
    }

    /** A CSV file whose header matches no kind of file source. */
    void unknownKind() throws IOException {
        write(new BadFile("unknown-kind.csv", 1, "header matches no kind of file"),
                List.of("part_no", "description", "qty", "bin"),
                List.of(List.of("PN-100", "Bracket", "40", "B-07"), List.of("PN-101", "Spacer", "250", "B-09")));
    }

    private void write(BadFile bad, List<String> header, List<List<String>> rows) throws IOException {
        CsvFile.write(out.bad(bad.name()), CsvFile.PLAIN, header, rows);
        written.add(bad);
    }

    private static int firstPresent(List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (ClockIn.Status.PRESENT.label().equals(rows.get(i).get(7))) {
                return i;
            }
        }
        return -1;
    }
}
