package org.floorwatch.localstore.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stores a file's rows in their {@link FileTable}, inside the writer's transaction (see
 * {@code EventWriter.submitWork}). For each key the row read last wins: a later row in the same file overtakes an
 * earlier one, and a file read later replaces what an earlier file stored. Rows are appended to a temporary
 * staging table, compared with what is stored (to count duplicates), then merged.
 */
public final class FileRowWriter {

    private FileRowWriter() {
    }

    /** Inserts new keys and replaces stored ones. */
    public static <R> RowCounts upsert(DuckDBConnection connection, FileTable<R> table, List<R> rows, String source)
            throws SQLException {
        Collection<R> lastOfEachKey = lastOfEachKey(table, rows);
        long identical = stage(connection, table, lastOfEachKey, source);
        execute(connection, "INSERT OR REPLACE INTO " + table.table() + " SELECT * FROM " + table.stagingTable());
        return counts(rows.size(), lastOfEachKey.size(), identical);
    }

    /** Replaces the whole table with {@code rows} (a snapshot). */
    public static <R> RowCounts replaceAll(DuckDBConnection connection, FileTable<R> table, List<R> rows, String source)
            throws SQLException {
        Collection<R> lastOfEachKey = lastOfEachKey(table, rows);
        long identical = stage(connection, table, lastOfEachKey, source);
        execute(connection, "DELETE FROM " + table.table());
        execute(connection, "INSERT INTO " + table.table() + " SELECT * FROM " + table.stagingTable());
        return counts(rows.size(), lastOfEachKey.size(), identical);
    }

    private static RowCounts counts(int read, int distinctKeys, long identical) {
        return new RowCounts(distinctKeys - identical, identical + (read - distinctKeys));
    }

    private static <R> Collection<R> lastOfEachKey(FileTable<R> table, List<R> rows) {
        Map<Object, R> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(table.key(row), row));
        return byKey.values();
    }

    /** Fills the staging table; returns how many staged rows equal the stored row with their key. */
    private static <R> long stage(DuckDBConnection connection, FileTable<R> table, Collection<R> rows, String source)
            throws SQLException {
        execute(connection, "CREATE TEMP TABLE IF NOT EXISTS " + table.stagingTable() + " AS SELECT * FROM "
                + table.table() + " LIMIT 0");
        execute(connection, "DELETE FROM " + table.stagingTable());
        try (DuckDBAppender appender = connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                table.stagingTable())) {
            for (R row : rows) {
                table.append(appender, row, source);
            }
            appender.flush();
        }
        String join = table.keyColumns().stream().map(c -> "s." + c + " = t." + c).collect(Collectors.joining(" AND "));
        String same = table.dataColumns().stream().map(c -> "s." + c + " IS NOT DISTINCT FROM t." + c)
                .collect(Collectors.joining(" AND "));
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table.stagingTable() + " s JOIN "
                     + table.table() + " t ON " + join + " WHERE " + same)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DuckDBConnection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
