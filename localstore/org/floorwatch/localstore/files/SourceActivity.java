package org.floorwatch.localstore.files;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * What the file sources did, for the Sources screen and reports: every source with its last read and totals,
 * the refusals with their reasons, and the records quarantined from files. Reads on a connection the caller
 * owns (see {@code FloorStore.newReadConnection()}).
 */
public final class SourceActivity {

    private final Connection connection;

    public SourceActivity(Connection connection) {
        this.connection = connection;
    }

    /** Every source ever read or refused, the most recently read first. */
    public List<SourceFile> sources() {
        return query("""
                SELECT path, kind, size, coalesce(read_bytes, 0), rows_taken, duplicates, quarantined,
                    (SELECT count(*) FROM refused_files r WHERE r.path = s.path), epoch_us(last_read), status, message
                FROM source_files s ORDER BY last_read DESC, path""", rs -> new SourceFile(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8), UtcMicros.toInstant(rs.getLong(9)), rs.getString(10), rs.getString(11)));
    }

    /** Up to {@code limit} refusals, the latest first. */
    public List<RefusedFile> refusals(int limit) {
        return query("SELECT path, epoch_us(refused_at), row_number, reason FROM refused_files "
                + "ORDER BY refused_at DESC, path LIMIT " + Math.max(0, limit), rs -> new RefusedFile(rs.getString(1),
                UtcMicros.toInstant(rs.getLong(2)), (Integer) rs.getObject(3), rs.getString(4)));
    }

    /**
     * Up to {@code limit} records quarantined from archive files and database rows, the most recently received
     * first.
     */
    public List<QuarantinedRecord> quarantinedFromSources(int limit) {
        return query("SELECT source_key, source, location, raw, reason, epoch_us(received_at) FROM quarantine "
                + "WHERE source_key LIKE 'file:%' OR source_key LIKE 'db:%' ORDER BY received_at DESC, seq DESC LIMIT " + Math.max(0, limit),
                rs -> new QuarantinedRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), UtcMicros.toInstant(rs.getLong(6))));
    }

    private <T> List<T> query(String select, Row<T> row) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select)) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("could not read the sources' activity: " + e.getMessage(), e);
        }
    }

    /** Reads one result row. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
