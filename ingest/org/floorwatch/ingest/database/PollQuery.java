package org.floorwatch.ingest.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The SQL of one poll, as Kafka Connect's JDBC source does in its timestamp+incrementing mode: the user's query is
 * wrapped, and only rows after the watermark are read, in order:
 * <pre>
 * SELECT * FROM (query) fw_rows
 * WHERE updated_at &lt; :settled AND KEY IS NOT NULL
 *   AND (updated_at &gt; :watermark OR (updated_at = :watermark AND KEY &gt; :last_key))
 * ORDER BY updated_at, KEY
 * </pre>
 * so rows sharing the watermark's instant are not lost when a poll (or a chunk of one) ended between them. Rows
 * updated less than the settle time ago ({@code :settled}, by Floorwatch's clock) are left for a later poll: a
 * row written by a transaction that commits late carries an {@code updated_at} older than its commit, and would
 * otherwise fall behind a watermark already past it (Connect's {@code timestamp.delay.interval.ms}). No row-value
 * comparison, {@code LIMIT} or {@code TOP}, so the same SQL runs on PostgreSQL and SQL Server; the user's query may
 * not end in {@code ORDER BY} (SQL Server refuses it in a derived table).
 */
final class PollQuery {

    private PollQuery() {
    }

    /** A query that returns no rows, to learn the columns and their types. */
    static String probe(String query) {
        return "SELECT * FROM (" + trimmed(query) + ") fw_rows WHERE 1 = 0";
    }

    static String sql(String query, String key, boolean afterWatermark) {
        return "SELECT * FROM (" + trimmed(query) + ") fw_rows WHERE updated_at < ? AND " + key + " IS NOT NULL"
                + (afterWatermark ? " AND (updated_at > ? OR (updated_at = ? AND " + key + " > ?))" : "")
                + " ORDER BY updated_at, " + key;
    }

    /**
     * Prepares the poll's statement, binding the settle bound and the watermark as the column's own type (a local
     * date and time in the site's zone, or an instant with an offset).
     */
    static PreparedStatement prepare(Connection connection, String query, String key, Watermark after, boolean zoned,
                                     Instant settled, ZoneId site) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(query, key, after != null));
        statement.setObject(1, zoned ? OffsetDateTime.ofInstant(settled, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(settled, site));
        if (after != null) {
            statement.setObject(2, after.updatedAt());
            statement.setObject(3, after.updatedAt());
            statement.setString(4, after.key());
        }
        return statement;
    }

    private static String trimmed(String query) {
        String text = query.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }
}
