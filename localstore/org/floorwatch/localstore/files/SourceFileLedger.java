package org.floorwatch.localstore.files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.floorwatch.localstore.UtcMicros;

/**
 * The store's record of every source read ({@code source_files}: how far it was read, with running totals of
 * rows taken, duplicates and quarantined over all its reads) and of every refusal ({@code refused_files}).
 * Writes run inside the writer's transaction, beside the rows they account for.
 */
public final class SourceFileLedger {

    /** {@code source_files.status} after a read of the whole source. */
    public static final String READ_WHOLE = "read";
    /** {@code source_files.status} after a read of only what was appended. */
    public static final String APPENDED = "appended";
    /** {@code source_files.status} after a refusal; the read position of the last good read is kept. */
    public static final String REFUSED = "refused";

    private static final String UPSERT_READ = """
            INSERT INTO source_files(path, kind, size, read_bytes, read_hash, rows_taken, duplicates, quarantined,
                last_read, status, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, make_timestamp(?::BIGINT), ?, NULL)
            ON CONFLICT (path) DO UPDATE SET kind = excluded.kind, size = excluded.size,
                read_bytes = excluded.read_bytes, read_hash = excluded.read_hash,
                rows_taken = source_files.rows_taken + excluded.rows_taken,
                duplicates = source_files.duplicates + excluded.duplicates,
                quarantined = source_files.quarantined + excluded.quarantined,
                last_read = excluded.last_read, status = excluded.status, message = NULL""";

    private static final String UPSERT_REFUSAL = """
            INSERT INTO source_files(path, kind, size, last_read, status, message)
            VALUES (?, ?, ?, make_timestamp(?::BIGINT), 'refused', ?)
            ON CONFLICT (path) DO UPDATE SET kind = coalesce(excluded.kind, source_files.kind),
                size = excluded.size, last_read = excluded.last_read, status = 'refused', message = excluded.message""";

    private SourceFileLedger() {
    }

    /** How far {@code source} was read by its last good read, if it was ever read. */
    public static Optional<ReadPosition> position(Connection connection, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT read_bytes, read_hash FROM source_files WHERE path = ? AND read_hash IS NOT NULL")) {
            select.setString(1, source);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new ReadPosition(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    public static void recordRead(Connection connection, SourceRead read) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_READ)) {
            upsert.setString(1, read.source());
            upsert.setString(2, read.kind());
            upsert.setLong(3, read.size());
            upsert.setLong(4, read.position().readBytes());
            upsert.setString(5, read.position().readHash());
            upsert.setLong(6, read.taken());
            upsert.setLong(7, read.duplicates());
            upsert.setLong(8, read.quarantined());
            upsert.setLong(9, UtcMicros.of(read.at()));
            upsert.setString(10, read.appended() ? APPENDED : READ_WHOLE);
            upsert.executeUpdate();
        }
    }

    /**
     * Records that {@code source} was refused.
     *
     * @param kind the kind it was taken for, or null if it matched none
     * @param row  the row (or item) that broke a rule, or null when the whole file is at fault
     */
    public static void recordRefusal(Connection connection, String source, String kind, long size, Integer row,
                                     String reason, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO refused_files(path, refused_at, row_number, reason) VALUES (?, make_timestamp(?::BIGINT), ?, ?)")) {
            insert.setString(1, source);
            insert.setLong(2, UtcMicros.of(at));
            insert.setObject(3, row);
            insert.setString(4, reason);
            insert.executeUpdate();
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_REFUSAL)) {
            upsert.setString(1, source);
            upsert.setString(2, kind);
            upsert.setLong(3, size);
            upsert.setLong(4, UtcMicros.of(at));
            upsert.setString(5, reason);
            upsert.executeUpdate();
        }
    }


}
