package org.floorwatch.localstore.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.floorwatch.localstore.report.ReportDocument.Chart;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;

/** Short hands for laying a report out as {@link ReportDocument} tables. */
final class Tables {

    private static final DateTimeFormatter SO_FAR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Tables() {
    }

    /** The document; a report taken so far says so in its title, with the local time its figures end at. */
    static ReportDocument document(String title, ReportHeader header, Instant generatedAt, Table... tables) {
        String titled = header.soFar() ? title + ", so far (to " + SO_FAR.format(local(header.asOf(), header)) + ")"
                : title;
        return new ReportDocument(titled, header.site(), header.from(), header.to(), header.timezone(), generatedAt,
                List.of(tables));
    }

    static Table table(String name, List<Column> columns, List<List<Object>> rows) {
        return new Table(name, columns, rows, null);
    }

    static Table charted(String name, List<Column> columns, List<List<Object>> rows, ChartKind kind, String title,
                         int categoryColumn, Integer... valueColumns) {
        return new Table(name, columns, rows, new Chart(kind, title, categoryColumn, List.of(valueColumns)));
    }

    /** A row; cells may be null (an empty cell). */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static Column text(String header) {
        return Column.of(header, "", ColumnType.TEXT);
    }

    static Column count(String header, String unit) {
        return Column.of(header, unit, ColumnType.INTEGER);
    }

    static Column decimal(String header, String unit) {
        return Column.of(header, unit, ColumnType.DECIMAL);
    }

    static Column percent(String header) {
        return Column.of(header, "%", ColumnType.PERCENT);
    }

    static Column date(String header) {
        return Column.of(header, "", ColumnType.DATE);
    }

    static Column dateTime(String header) {
        return Column.of(header, "local time", ColumnType.DATE_TIME);
    }

    /** An instant as the site's local date and time. */
    static LocalDateTime local(Instant instant, ReportHeader header) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.of(header.timezone()));
    }
}
