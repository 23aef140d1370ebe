package org.floorwatch.ingest.database;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a JDBC result as {@link RowValues}, by lower-case column label, each value typed by its
 * column: timestamps with a zone ({@code timestamptz}, {@code datetimeoffset}) as {@link OffsetDateTime},
 * without one as {@link LocalDateTime}, dates as {@link LocalDate}, numbers as numbers, anything else as text.
 */
final class ResultRows {

    private final ResultSet rs;
    private final ZoneId site;
    private final List<String> labels = new ArrayList<>();
    private final List<Read> reads = new ArrayList<>();

    /** How a column's values are read. */
    private enum Read { ZONED, LOCAL, DATE, WHOLE, REAL, DECIMAL, TEXT }

    ResultRows(ResultSet rs, ZoneId site) throws SQLException {
        this.rs = rs;
        this.site = site;
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            reads.add(readOf(meta.getColumnType(i), meta.getColumnTypeName(i)));
        }
    }

    /** True if a column of this type holds instants (with a zone or offset), not local times. */
    static boolean hasZone(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return type == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("timestamptz") || name.contains("offset")
                || name.contains("with time zone");
    }

    private static Read readOf(int type, String typeName) {
        if (hasZone(type, typeName)) {
            return Read.ZONED;
        }
        return switch (type) {
            case Types.TIMESTAMP -> Read.LOCAL;
            case Types.DATE -> Read.DATE;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Read.WHOLE;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Read.REAL;
            case Types.NUMERIC, Types.DECIMAL -> Read.DECIMAL;
            default -> Read.TEXT;
        };
    }

    /** The columns of {@code required} the result lacks. */
    List<String> missing(List<String> required) {
        return required.stream().filter(column -> !labels.contains(column)).toList();
    }

    boolean zoned(String column) {
        int index = labels.indexOf(column);
        return index >= 0 && reads.get(index) == Read.ZONED;
    }

    boolean isTimestamp(String column) {
        int index = labels.indexOf(column);
        return index >= 0 && (reads.get(index) == Read.ZONED || reads.get(index) == Read.LOCAL);
    }

    boolean next() throws SQLException {
        return rs.next();
    }

    /** The current row. */
    RowValues row() throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            values.put(labels.get(i), value(i));
        }
        return new RowValues(values, site);
    }

    /** The current row's value of a timestamp column as read: {@link LocalDateTime} or {@link OffsetDateTime}. */
    Object timestamp(String column) throws SQLException {
        return value(labels.indexOf(column));
    }

    private Object value(int index) throws SQLException {
        int column = index + 1;
        Object value = switch (reads.get(index)) {
            case ZONED -> rs.getObject(column, OffsetDateTime.class);
            case LOCAL -> rs.getObject(column, LocalDateTime.class);
            case DATE -> rs.getObject(column, LocalDate.class);
            case WHOLE -> rs.getLong(column);
            case REAL -> rs.getDouble(column);
            case DECIMAL -> rs.getBigDecimal(column);
            case TEXT -> rs.getString(column);
        };
        return rs.wasNull() ? null : value;
    }
}
