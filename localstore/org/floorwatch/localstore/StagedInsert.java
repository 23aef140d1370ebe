package org.floorwatch.localstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One table's share of a batch, inside the batch's transaction: the rows are appended to a temporary staging
 * table, those whose key is already stored are left out, and the rest go in with a plain {@code INSERT}.
 *
 * <p>Finding the stored keys is a semi-join of the staging table against the table, which DuckDB runs as a hash
 * join over a scan of the table's key column (it does not probe the primary key's index), so it costs time in
 * proportion to the table. It is therefore done only when it is likely to find something: after a plain insert
 * into this table was refused (a key already stored), and for as long as each check finds stored keys (a re-read
 * archive); the first check that finds none goes back to inserting straight away.
 */
final class StagedInsert {

    /** Appends rows to the staging table, each with its {@code seq}, leaving out those whose seq - base is in skip. */
    @FunctionalInterface
    interface Rows {
        void appendTo(DuckDBAppender appender, BitSet skip) throws SQLException;
    }

    private final DuckDBConnection connection;
    private final String table;
    private final String stage;
    private final String storedKeys;
    private boolean checkFirst;

    /** Creates the staging table {@code stage_<table>} for {@code table}, whose unique key is {@code key}. */
    StagedInsert(DuckDBConnection connection, String table, String key) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.stage = "stage_" + table;
        this.storedKeys = "SELECT s.seq FROM " + stage + " s SEMI JOIN " + table + " t ON t." + key + " = s." + key;
        execute("CREATE OR REPLACE TEMP TABLE " + stage + " AS SELECT * FROM " + table + " LIMIT 0");
    }

    /**
     * Inserts the rows whose key is not stored yet and returns the positions (seq - base) of those left out. The
     * rows' keys must differ from each other. Unless {@code check} is set or a check is due (see the class
     * comment), the rows are inserted as they are: then a key already stored fails this statement (and the caller
     * rolls back and calls again with {@code check}).
     */
    BitSet insertNew(Rows rows, long base, boolean check) throws SQLException {
        stage(rows, new BitSet());
        if (!check && !checkFirst) {
            try {
                execute("INSERT INTO " + table + " SELECT * FROM " + stage);
                return new BitSet();
            } catch (SQLException refused) {
                checkFirst = true;
                throw refused;
            }
        }
        BitSet stored = storedPositions(base);
        checkFirst = !stored.isEmpty();
        if (!stored.isEmpty()) {
            stage(rows, stored);
        }
        execute("INSERT INTO " + table + " SELECT * FROM " + stage);
        return stored;
    }

    /** The temporary table that holds, after {@link #insertNew}, exactly the rows it inserted. */
    String stageTable() {
        return stage;
    }

    private void stage(Rows rows, BitSet skip) throws SQLException {
        execute("TRUNCATE " + stage);
        try (DuckDBAppender appender = connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, stage)) {
            rows.appendTo(appender, skip);
            appender.flush();
        }
    }

    private BitSet storedPositions(long base) throws SQLException {
        BitSet stored = new BitSet();
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery(storedKeys)) {
            while (rs.next()) {
                stored.set(Math.toIntExact(rs.getLong(1) - base));
            }
        }
        return stored;
    }

    /** Runs one statement on a statement of its own: DuckDB closes a statement that failed. */
    private void execute(String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
