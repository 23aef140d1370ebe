package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * Work in progress per station from the stored moves (contract section 5): moves into a station minus moves
 * out of it over all history up to an instant, and its time-weighted mean over a period. Every station
 * id seen in the moves is returned; the caller leaves out the kinds that hold no WIP (exit, scrap).
 *
 * <p>The mean needs no replay: with WIP {@code w0} at the period's start {@code A} and changes {@code d_i}
 * at {@code t_i} inside it, the mean over {@code [A, B)} is {@code w0 + sum(d_i * (B - t_i)) / (B - A)}. Over many
 * slices at once (the hours of {@code station_hours}) each slice's {@code w0} is the sum of the changes before it.
 */
public final class StationWip {

    private static final String DELTAS = """
            WITH deltas AS (
                SELECT to_station AS station, ts, 1 AS d FROM moves WHERE ts < make_timestamp(?::BIGINT)
                UNION ALL
                SELECT from_station, ts, -1 FROM moves
                WHERE from_station IS NOT NULL AND ts < make_timestamp(?::BIGINT))
            """;

    /**
     * Per station and slice (null: before the first slice): the net change, and its weight up to the slice's end,
     * {@code sum(d * (end - t)) = end * sum(d) - sum(d * t)}, summed per time bucket first.
     */
    private static final String BY_SLICE = """
            , buckets AS (SELECT station, #bucket# AS bucket, sum(d) AS net, sum(d * epoch_us(ts)) AS weighted_ts
                          FROM deltas GROUP BY ALL)
            SELECT b.station, s.slice, sum(b.net),
                   sum(CASE WHEN s.slice IS NULL THEN 0 ELSE s.end_us * b.net - b.weighted_ts END)::DOUBLE
            FROM buckets b ASOF LEFT JOIN slices s ON b.bucket >= s.start_us
            GROUP BY ALL""";

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
        StationSeries series = average(connection, new TimeSlices(List.of(from), to));
        Map<String, Double> mean = new HashMap<>();
        series.stations().forEach(station -> mean.put(station, series.get(station, 0)));
        return mean;
    }

    /** Time-weighted mean WIP per station in each slice; the slices must have an end. */
    public static StationSeries average(Connection connection, TimeSlices slices) {
        record Change(long net, double weighted) { }
        Map<String, Map<Integer, Change>> changes = new HashMap<>();
        Query.of("WITH " + slices.boundedCte() + ",\n" + DELTAS.substring("WITH ".length())
                        + BY_SLICE.replace("#bucket#", slices.bucket("epoch_us(ts)")),
                        slices.last(), slices.last())
                .forEach(connection, rs -> {
                    int slice = rs.getInt(2);
                    boolean beforeFirst = rs.wasNull();
                    changes.computeIfAbsent(rs.getString(1), s -> new HashMap<>())
                            .put(beforeFirst ? -1 : slice, new Change(rs.getLong(3), rs.getDouble(4)));
                });
        StationSeries series = new StationSeries(slices.size());
        Change none = new Change(0, 0);
        changes.forEach((station, bySlice) -> {
            long wip = bySlice.getOrDefault(-1, none).net();
            for (int slice = 0; slice < slices.size(); slice++) {
                Change change = bySlice.getOrDefault(slice, none);
                long length = UtcMicros.of(slices.end(slice)) - UtcMicros.of(slices.start(slice));
                series.put(station, slice, wip + change.weighted() / length);
                wip += change.net();
            }
        });
        return series;
    }
}
