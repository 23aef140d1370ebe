package org.floorwatch.localstore.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.floorwatch.localstore.UtcMicros;

/**
 * The store's record of the database sources ({@code database_sources}): watermarks (written with the rows by
 * {@link OrderWriter}), failures, and what the Sources screen shows. Writes run inside the writer's transaction.
 */
public final class DatabaseSources {

    /** {@code status} when the database could not be reached (or refused the login). */
    public static final String UNREACHABLE = "unreachable";
    /** {@code status} when the database answered but the query failed. */
    public static final String QUERY_FAILED = "query failed";

    private static final String UPSERT_FAILURE = """
            INSERT INTO database_sources(source, kind, status, last_error, last_error_at)
            VALUES (?, ?, ?, ?, make_timestamp(?::BIGINT))
            ON CONFLICT (source, kind) DO UPDATE SET status = excluded.status, last_error = excluded.last_error,
                last_error_at = excluded.last_error_at""";

    private static final String ALL = """
            SELECT source, kind, epoch_us(last_poll), rows_taken, duplicates,
                (SELECT count(*) FROM quarantine q WHERE starts_with(q.source_key, 'db:' || d.source || ':' || d.kind || ':')
                    OR starts_with(d.source, 'kafka:') AND starts_with(q.source_key, d.source || ':')),
                watermark, last_key, status, last_error, epoch_us(last_error_at)
            FROM database_sources d ORDER BY source, kind""";

    private DatabaseSources() {
    }

    /** The stored watermark of a polled source: {@code updated_at} as read, and the key read last at it. */
    public static Optional<SourceMark> watermark(Connection connection, String source, OrderKind kind)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT watermark, last_key, epoch_us(last_poll) "
                + "FROM database_sources WHERE source = ? AND kind = ? AND watermark IS NOT NULL")) {
            select.setString(1, source);
            select.setString(2, kind.code());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new SourceMark(source, kind, rs.getString(1), rs.getString(2),
                        UtcMicros.toInstant(rs.getLong(3)))) : Optional.empty();
            }
        }
    }

    /** Records that reading {@code source} failed: {@code status} and one line saying why (never a password). */
    public static void recordFailure(Connection connection, String source, OrderKind kind, String status,
                                     String error, Instant at) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_FAILURE)) {
            upsert.setString(1, source);
            upsert.setString(2, kind.code());
            upsert.setString(3, status);
            upsert.setString(4, error);
            upsert.setLong(5, UtcMicros.of(at));
            upsert.executeUpdate();
        }
    }

    /** Every database source read or tried so far, by source and kind. */
    public static List<DatabaseSourceState> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ALL); ResultSet rs = select.executeQuery()) {
            List<DatabaseSourceState> states = new ArrayList<>();
            while (rs.next()) {
                states.add(new DatabaseSourceState(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), instant(rs, 11)));
            }
            return states;
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : UtcMicros.toInstant(micros);
    }
}
