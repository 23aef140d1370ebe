package org.floorwatch.views.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportDocument.Chart;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;

/** Small hand-made report documents for the export tests. */
public final class SampleReports {

    static final LocalDate FROM = LocalDate.of(2026, 3, 28);
    static final LocalDate TO = LocalDate.of(2026, 3, 29);
    /** 10:15 UTC is 12:15 in Berlin (summer time began that night). */
    static final Instant GENERATED = Instant.parse("2026-03-29T10:15:00Z");

    private SampleReports() {
    }

    /** A production report: hourly completions (charted), a station table with hostile text, raw moves. */
    static ReportDocument production() {
        Table hourly = new Table("Completions per hour",
                List.of(Column.of("Hour", "", ColumnType.DATE_TIME), Column.of("Completed", "parts", ColumnType.INTEGER),
                        Column.of("Scrapped", "parts", ColumnType.INTEGER)),
                hours(), new Chart(ChartKind.BAR, "Completions per hour", 0, List.of(1, 2)));
        Table stations = new Table("Stations: OEE/WIP [day]",
                List.of(Column.of("Station", "", ColumnType.TEXT), Column.of("Energy", "kWh", ColumnType.DECIMAL),
                        Column.of("OEE", "", ColumnType.PERCENT), Column.of("Last error", "", ColumnType.TEXT),
                        Column.of("Day", "", ColumnType.DATE)),
                List.of(row("CNC-1", 1234.5, 0.8512, "=HYPERLINK(\"http://evil\",\"click\")", FROM),
                        row("Paint", 12.0, 0.5, "+1+2", TO),
                        row("Pack", null, Double.NaN, "-5 parts", null),
                        row("Inspect", 7L, 1.0, "@SUM(A1)", FROM)),
                null);
        Table oee = new Table("OEE per day",
                List.of(Column.of("Day", "", ColumnType.DATE), Column.of("OEE", "", ColumnType.PERCENT),
                        Column.of("Availability", "", ColumnType.PERCENT)),
                List.of(row(FROM, 0.71, 0.9), row(TO, 0.78, 0.93), row(TO.plusDays(1), 0.74, null)),
                new Chart(ChartKind.LINE, "OEE per day", 0, List.of(1, 2)));
        return new ReportDocument("Production report", "Plant North", FROM, TO, "Europe/Berlin", GENERATED,
                List.of(hourly, stations, oee));
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<List<Object>> hours() {
        List<List<Object>> rows = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            rows.add(row(LocalDateTime.of(2026, 3, 28, h, 0), (long) (40 + h % 7 * 3), (long) (h % 4)));
        }
        return rows;
    }

    /** One table of {@code count} raw moves: time, part, station, seconds. */
    public static ReportDocument moves(int count) {
        List<List<Object>> rows = new ArrayList<>(count);
        LocalDateTime start = LocalDateTime.of(2026, 3, 1, 6, 0);
        for (int i = 0; i < count; i++) {
            rows.add(List.of(start.plusSeconds(i * 7L), "P-" + (100_000 + i), "ST-" + (i % 12), (double) (i % 97)));
        }
        Table moves = new Table("Moves", List.of(Column.of("Time", "", ColumnType.DATE_TIME),
                Column.of("Part", "", ColumnType.TEXT), Column.of("Station", "", ColumnType.TEXT),
                Column.of("Cycle", "s", ColumnType.DECIMAL)), rows, null);
        return new ReportDocument("Raw moves", "Plant North", FROM, TO, "Europe/Berlin", GENERATED, List.of(moves));
    }
}
