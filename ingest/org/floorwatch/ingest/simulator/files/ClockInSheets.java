package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes clock-in sheets (contract section 4): as .xlsx with real date and time cells, or as .csv with
 * {@code yyyy-MM-dd} dates and {@code HH:mm} times. Times are local; a night shift's clock-out after
 * midnight is simply the earlier time.
 */
final class ClockInSheets {

    static final List<String> HEADER = List.of("Employee ID", "Name", "Department", "Shift", "Date", "Clock In",
            "Clock Out", "Status", "Absence Reason");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    ClockInSheets(ZoneId zone) {
        this.zone = zone;
    }

    /** An .xlsx sheet; {@code day} dates the workbook. */
    void writeXlsx(Path file, LocalDate day, List<ClockIn> rows) throws IOException {
        Spreadsheet sheet = new Spreadsheet("Clock-ins", HEADER);
        for (ClockIn row : rows) {
            sheet.row().text(row.worker().id()).text(row.worker().name()).text(row.worker().department())
                    .text(row.slot().shift().name()).date(row.slot().day())
                    .time(localTime(row.clockIn())).time(localTime(row.clockOut()))
                    .text(row.status().label()).text(row.absenceReason());
        }
        sheet.save(file, day);
    }

    void writeCsv(Path file, CsvFile.Dialect dialect, List<ClockIn> rows) throws IOException {
        List<List<String>> lines = new ArrayList<>(rows.size());
        rows.forEach(row -> lines.add(csvRow(row)));
        CsvFile.write(file, dialect, HEADER, lines);
    }

    /** The row as CSV fields, in header order. */
    List<String> csvRow(ClockIn row) {
        return new ArrayList<>(Arrays.asList(row.worker().id(), row.worker().name(), row.worker().department(),
                row.slot().shift().name(), row.slot().day().toString(), clock(row.clockIn()), clock(row.clockOut()),
                row.status().label(), row.absenceReason()));
    }

    private String clock(Instant instant) {
        return instant == null ? null : TIME.format(localTime(instant));
    }

    private LocalTime localTime(Instant instant) {
        return instant == null ? null : LocalTime.ofInstant(instant, zone);
    }
}
