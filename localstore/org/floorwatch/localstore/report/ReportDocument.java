package org.floorwatch.localstore.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report laid out as titled tables, the form every report takes for Excel export and for screens' tables:
 * a cover (site, period, time zone, when it was made) and one {@link Table} per section.
 */
public record ReportDocument(String title, String site, LocalDate from, LocalDate to, String timezone,
                             Instant generatedAt, List<Table> tables) {

    public ReportDocument {
        tables = List.copyOf(tables);
    }

    /** The kind of value in a column; decides the cell type and number format. */
    public enum ColumnType {
        /** Text; never evaluated as a formula. */
        TEXT,
        /** A whole number (Long). */
        INTEGER,
        /** A number with decimals (Double). */
        DECIMAL,
        /** A ratio 0..1 (Double) shown as a percentage. */
        PERCENT,
        /** A local date (LocalDate). */
        DATE,
        /** A local date and time (LocalDateTime). */
        DATE_TIME
    }

    /** A column: its header, its unit (shown in the header, e.g. "kWh"; may be empty) and its type. */
    public record Column(String header, String unit, ColumnType type) {
        public static Column of(String header, String unit, ColumnType type) {
            return new Column(header, unit == null ? "" : unit, type);
        }
    }

    /** How to chart a table natively: bars or lines of {@code valueColumns} over {@code categoryColumn}. */
    public record Chart(ChartKind kind, String title, int categoryColumn, List<Integer> valueColumns) {
        public Chart {
            valueColumns = List.copyOf(valueColumns);
        }
    }

    public enum ChartKind { BAR, LINE }

    /**
     * One section: a sheet in Excel. Cells are Long, Double, String, LocalDate, LocalDateTime or null (empty);
     * {@code chart} may be null. Its rows are held in memory (every report's own sections) or read from the store
     * while the sheet is written ({@link TableRows}); only a table held in memory may have a chart.
     */
    public record Table(String name, List<Column> columns, TableRows source, Chart chart) {
        public Table {
            columns = List.copyOf(columns);
            if (chart != null && !(source instanceof TableRows.Held)) {
                throw new IllegalArgumentException("table '" + name + "': a chart needs its rows in memory");
            }
        }

        /** A table whose rows are held in memory. */
        public Table(String name, List<Column> columns, List<List<Object>> rows, Chart chart) {
            this(name, columns, new TableRows.Held(rows), chart);
        }

        /** The rows of a table held in memory. */
        public List<List<Object>> rows() {
            if (source instanceof TableRows.Held held) {
                return held.rows();
            }
            throw new IllegalStateException("table '" + name + "' is read from the store as it is written");
        }
    }
}
