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
 * <p>The mean needs no replay: with WIP {@code w0} at the period's start {@code A} and changes {@code d_i}
 * at {@code t_i} inside it, the mean over {@code [A, B)} is {@code w0 + sum(d_i * (B - t_i)) / (B - A)}.
 */
public final class StationWip {

    private static final String DELTAS = """
            WITH deltas AS (
                SELECT to_station AS station, ts, 1 AS d FROM moves WHERE ts < make_timestamp(?::BIGINT)
                UNION ALL
                SELECT from_station, ts, -1 FROM moves
                WHERE from_station IS NOT NULL AND ts < make_timestamp(?::BIGINT))
            """;

    private StationWip() {
    }

    /** WIP per station at {@code instant} (moves with {@code ts} before it). */
    public static Map<String, Long> at(Connection connection, Instant instant) {
        String sql = DELTAS + "SELECT station, sum(d) FROM deltas GROUP BY station";
        Map<String, Long> wip = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            long micros = UtcMicros.of(instant);
            statement.setLong(1, micros);
            statement.setLong(2, micros);
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

    /** Time-weighted mean WIP per station over {@code [from, to)}. */
    public static Map<String, Double> average(Connection connection, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + to);
        }
        String sql = DELTAS + """
                SELECT station,
                       sum(CASE WHEN ts < make_timestamp(?::BIGINT) THEN d ELSE 0 END)::DOUBLE,
                       sum(CASE WHEN ts >= make_timestamp(?::BIGINT) THEN d * (?::BIGINT - epoch_us(ts)) ELSE 0 END)::DOUBLE
                FROM deltas GROUP BY station""";
        Map<String, Double> mean = new HashMap<>();
        long a = UtcMicros.of(from);
        long b = UtcMicros.of(to);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, b);
            statement.setLong(2, b);
            statement.setLong(3, a);
            statement.setLong(4, a);
            statement.setLong(5, b);
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

}
