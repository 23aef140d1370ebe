package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * One SELECT on the store with its parameters (reports, alarms). Instants are UTC microseconds (write
 * {@code make_timestamp(?::BIGINT)} in the SQL), written into the SQL text as numbers: DuckDB then knows the instant
 * when it plans the query and skips the table's row groups outside it (a bound parameter is only known later, so
 * every row would be read). Dates bind as text (write {@code ?::DATE}); a list binds as one placeholder per element,
 * for {@code IN (...)}, written in the SQL as {@link #IN}; numbers as BIGINT or DOUBLE.
 */
public final class Query {

    /** Stands for an {@code IN} list in the SQL text; bound to the next parameter, which must be a list. */
    public static final String IN = "(#in#)";

    /** Reads one result row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Takes one result row. */
    @FunctionalInterface
    public interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    private final String sql;
    private final List<Object> params;

    private Query(String sql, List<Object> params) {
        this.sql = sql;
        this.params = params;
    }

    public static Query of(String sql, Object... params) {
        StringBuilder text = new StringBuilder();
        List<Object> flat = new ArrayList<>();
        int at = 0;
        for (Object param : params) {
            if (param instanceof List<?> list) {
                int in = sql.indexOf(IN, at);
                if (in < 0) {
                    throw new IllegalArgumentException("a list parameter needs an IN placeholder: " + sql);
                }
                text.append(sql, at, in).append(list.isEmpty() ? "(NULL)" : "(" + String.join(", ",
                        Collections.nCopies(list.size(), "?")) + ")");
                at = in + IN.length();
                flat.addAll(list);
            } else {
                int mark = sql.indexOf('?', at);
                if (mark < 0) {
                    throw new IllegalArgumentException("more parameters than placeholders: " + sql);
                }
                text.append(sql, at, mark);
                if (param instanceof Instant instant) {
                    text.append('(').append(UtcMicros.of(instant)).append(')');
                } else {
                    text.append('?');
                    flat.add(param);
                }
                at = mark + 1;
            }
        }
        text.append(sql.substring(at));
        return new Query(text.toString(), flat);
    }

    public <T> List<T> list(Connection connection, Row<T> row) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                bind(statement, i + 1, params.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("could not read the local store: " + e.getMessage(), e);
        }
    }

    /** Hands every row to {@code each}. */
    public void forEach(Connection connection, Each each) {
        list(connection, rs -> {
            each.accept(rs);
            return Boolean.TRUE;
        });
    }

    /** The first row (an aggregate without GROUP BY always has one). */
    public <T> T one(Connection connection, Row<T> row) {
        return list(connection, row).get(0);
    }

    /** A column that may be SQL NULL, as a Double or null. */
    public static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code BIGINT} microsecond column that may be NULL, as an instant or null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : UtcMicros.toInstant(micros);
    }

    private static void bind(PreparedStatement statement, int index, Object param) throws SQLException {
        if (param instanceof Instant instant) {
            statement.setLong(index, UtcMicros.of(instant));
        } else if (param instanceof LocalDate date) {
            statement.setString(index, date.toString());
        } else if (param instanceof Long number) {
            statement.setLong(index, number);
        } else if (param instanceof String text) {
            statement.setString(index, text);
        } else if (param instanceof Double number) {
            statement.setDouble(index, number);
        } else {
            throw new IllegalArgumentException("cannot bind " + param);
        }
    }
}
