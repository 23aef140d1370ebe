package org.floorwatch.localstore.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * The store's history at a glance, for a time bar: the first and last move, and the moves per hour wherever
 * there are some (hours without moves are left out). Empty when the store has no moves.
 *
 * @param hours the start of each hour with moves, in order, with its count in {@code moves} at the same index
 */
public record HistoryOutline(Instant first, Instant last, List<Instant> hours, long[] moves) {

    public static final HistoryOutline EMPTY = new HistoryOutline(null, null, List.of(), new long[0]);

    private static final String PER_HOUR = """
            SELECT epoch_us(date_trunc('hour', ts)) AS h, count(*), epoch_us(min(ts)), epoch_us(max(ts))
            FROM moves GROUP BY h ORDER BY h""";

    public HistoryOutline {
        hours = List.copyOf(hours);
    }

    public boolean isEmpty() {
        return first == null;
    }

    /** Reads it from the store (a scan of the moves' times). Blocks. */
    public static HistoryOutline read(Connection connection) {
        List<Instant> hours = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(PER_HOUR)) {
            while (rs.next()) {
                hours.add(UtcMicros.toInstant(rs.getLong(1)));
                counts.add(rs.getLong(2));
                first = Math.min(first, rs.getLong(3));
                last = Math.max(last, rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the store's history: " + e.getMessage(), e);
        }
        if (hours.isEmpty()) {
            return EMPTY;
        }
        return new HistoryOutline(UtcMicros.toInstant(first), UtcMicros.toInstant(last), hours,
                counts.stream().mapToLong(Long::longValue).toArray());
    }
}
