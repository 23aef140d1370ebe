package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * Work in progress per station from the stored moves (contract section 5): moves into a station minus moves
 * out of it over all history up to an instant, and its time-weighted mean over a period. Every station
 * id seen in the moves is returned; the caller leaves out the kinds that hold no WIP (exit, scrap).
 *
 * <p>All history is never read: the writer keeps a WIP checkpoint per station at every UTC midnight (table
 * {@code wip_checkpoints}), so WIP at an instant is the latest checkpoint at or before it plus the moves since,
 * at most a day of them. The mean needs no replay: with WIP {@code w0} at the period's start {@code A} and changes
 * {@code d_i} at {@code t_i} inside it, the mean over {@code [A, B)} is {@code w0 + sum(d_i * (B - t_i)) / (B - A)}.
 */
public final class StationWip {

    /** Before every instant the store holds: stands for "no checkpoint", so the moves are read from the start. */
    private static final long NO_CHECKPOINT = UtcMicros.of(Instant.parse("0001-01-01T00:00:00Z"));

    private static final String CHECKPOINT = """
            SELECT epoch_us(max(midnight)) FROM wip_checkpoints WHERE midnight <= make_timestamp(?::BIGINT)""";

    /** Changes since the checkpoint {@code $1} up to {@code $2} (excluded, or included where #upto# is {@code <=}). */
    private static final String SINCE_CHECKPOINT = """
            WITH base AS (SELECT station, wip FROM wip_checkpoints WHERE midnight = make_timestamp($1::BIGINT)),
                 deltas AS (
                     SELECT to_station AS station, ts, 1 AS d FROM moves
                     WHERE ts >= make_timestamp($1::BIGINT) AND ts #upto# make_timestamp($2::BIGINT)
                     UNION ALL
                     SELECT from_station, ts, -1 FROM moves
                     WHERE from_station IS NOT NULL AND ts >= make_timestamp($1::BIGINT)
                       AND ts #upto# make_timestamp($2::BIGINT))
            """;

    private static final String WIP = SINCE_CHECKPOINT + """
            SELECT station, sum(w) FROM (SELECT station, wip AS w FROM base UNION ALL SELECT station, d FROM deltas)
            GROUP BY station""";

    /** $3: the period's start; $2 its end. */
    private static final String MEAN = SINCE_CHECKPOINT.replace("#upto#", "<") + """
            SELECT station, sum(w0)::DOUBLE, sum(area)::DOUBLE FROM (
                SELECT station, wip AS w0, 0 AS area FROM base
                UNION ALL
                SELECT station, CASE WHEN ts < make_timestamp($3::BIGINT) THEN d ELSE 0 END,
                       CASE WHEN ts >= make_timestamp($3::BIGINT) THEN d * ($2::BIGINT - epoch_us(ts)) ELSE 0 END
                FROM deltas)
            GROUP BY station""";

    private StationWip() {
    }

    /** WIP per station at {@code instant}: moves with {@code ts} before it (the state a period starts from). */
    public static Map<String, Long> at(Connection connection, Instant instant) {
        return wip(connection, instant, "<");
    }

    /** WIP per station counting every move with {@code ts} at or before {@code instant} (contract section 7). */
    public static Map<String, Long> atOrBefore(Connection connection, Instant instant) {
        return wip(connection, instant, "<=");
    }

    /** Time-weighted mean WIP per station over {@code [from, to)}. */
    public static Map<String, Double> average(Connection connection, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + to);
        }
        Map<String, Double> mean = new HashMap<>();
        long a = UtcMicros.of(from);
        long b = UtcMicros.of(to);
        try (PreparedStatement statement = connection.prepareStatement(MEAN)) {
            statement.setLong(1, checkpoint(connection, from));
            statement.setLong(2, b);
            statement.setLong(3, a);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    mean.put(rs.getString(1), rs.getDouble(2) + rs.getDouble(3) / (b - a));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read mean WIP over " + from + " .. " + to + ": " + e.getMessage(), e);
        }
        return mean;
    }

    private static Map<String, Long> wip(Connection connection, Instant instant, String upTo) {
        Map<String, Long> wip = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(WIP.replace("#upto#", upTo))) {
            statement.setLong(1, checkpoint(connection, instant));
            statement.setLong(2, UtcMicros.of(instant));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    wip.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read WIP at " + instant + ": " + e.getMessage(), e);
        }
        return wip;
    }

    /**
     * The latest checkpoint at or before {@code instant}, as UTC microseconds ({@link #NO_CHECKPOINT} if none). A
     * checkpoint is never removed and is updated in the same transaction as a move before it, so the query that
     * reads it afterwards, on its own snapshot of the store, sees it and the moves after it consistently.
     */
    private static long checkpoint(Connection connection, Instant instant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CHECKPOINT)) {
            statement.setLong(1, UtcMicros.of(instant));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long micros = rs.getLong(1);
                return rs.wasNull() ? NO_CHECKPOINT : micros;
            }
        }
    }
}
