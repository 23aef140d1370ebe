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
 * <p>All history is never read: the writer keeps a WIP checkpoint per station at every UTC midnight (table
 * {@code wip_checkpoints}), so WIP at an instant is the latest checkpoint at or before it plus the moves since,
 * at most a day of them; the checkpoint counts as one change at its midnight. The mean needs no replay: with WIP
 * {@code w0} at the period's start {@code A} and changes {@code d_i} at {@code t_i} inside it, the mean over
 * {@code [A, B)} is {@code w0 + sum(d_i * (B - t_i)) / (B - A)}. Over many slices at once (the hours of
 * {@code station_hours}) each slice's {@code w0} is the sum of the changes before it.
 */
public final class StationWip {

    /** Before every instant the store holds: stands for "no checkpoint", so the moves are read from the start. */
    private static final Instant NO_CHECKPOINT = Instant.parse("0001-01-01T00:00:00Z");

    private static final String CHECKPOINT = """
            SELECT epoch_us(max(midnight)) FROM wip_checkpoints WHERE midnight <= make_timestamp(?::BIGINT)""";

    /**
     * The checkpoint at {@code ?1} as changes at its midnight, then the moves from it up to {@code ?3} (excluded, or
     * included where #upto# is {@code <=}); parameters: checkpoint, checkpoint, end, checkpoint, end.
     */
    private static final String DELTAS = """
            deltas AS (
                SELECT station, make_timestamp(?::BIGINT) AS ts, wip AS d FROM wip_checkpoints
                WHERE midnight = make_timestamp(?::BIGINT)
                UNION ALL
                SELECT to_station, ts, 1 FROM moves
                WHERE ts >= make_timestamp(?::BIGINT) AND ts #upto# make_timestamp(?::BIGINT)
                UNION ALL
                SELECT from_station, ts, -1 FROM moves
                WHERE from_station IS NOT NULL AND ts >= make_timestamp(?::BIGINT) AND ts #upto# make_timestamp(?::BIGINT))
            """;

    /**
     * Per station and slice (null: before the first slice): the net change, and its weight up to the slice's end,
     * {@code sum(d * (end - t)) = end * sum(d) - sum(d * t)}, summed per time bucket first; in 128 bits, as a
     * checkpoint's {@code d} (an exit station's WIP: every part shipped) times microseconds since 1970 can pass 2^63.
     */
    private static final String BY_SLICE = """
            , buckets AS (SELECT station, #bucket# AS bucket, sum(d) AS net,
                                 sum(d * epoch_us(ts)::HUGEINT) AS weighted_ts
                          FROM deltas GROUP BY ALL)
            SELECT b.station, s.slice, sum(b.net),
                   sum(CASE WHEN s.slice IS NULL THEN 0 ELSE s.end_us * b.net - b.weighted_ts END)::DOUBLE
            FROM buckets b ASOF LEFT JOIN slices s ON b.bucket >= s.start_us
            GROUP BY ALL""";

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
        StationSeries series = average(connection, new TimeSlices(List.of(from), to));
        Map<String, Double> mean = new HashMap<>();
        series.stations().forEach(station -> mean.put(station, series.get(station, 0)));
        return mean;
    }

    /** Time-weighted mean WIP per station in each slice; the slices must have an end. */
    public static StationSeries average(Connection connection, TimeSlices slices) {
        record Change(long net, double weighted) { }
        Instant checkpoint = checkpoint(connection, slices.first());
        Map<String, Map<Integer, Change>> changes = new HashMap<>();
        Query.of("WITH " + slices.boundedCte() + ",\n" + DELTAS.replace("#upto#", "<")
                        + BY_SLICE.replace("#bucket#", slices.bucket("epoch_us(ts)")),
                        checkpoint, checkpoint, checkpoint, slices.last(), checkpoint, slices.last())
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

    private static Map<String, Long> wip(Connection connection, Instant instant, String upTo) {
        Instant checkpoint = checkpoint(connection, instant);
        Map<String, Long> wip = new HashMap<>();
        Query.of("WITH " + DELTAS.replace("#upto#", upTo) + "SELECT station, sum(d) FROM deltas GROUP BY station",
                        checkpoint, checkpoint, checkpoint, instant, checkpoint, instant)
                .forEach(connection, rs -> wip.put(rs.getString(1), rs.getLong(2)));
        return wip;
    }

    /**
     * The latest checkpoint at or before {@code instant} ({@link #NO_CHECKPOINT} if none). A
     * checkpoint is never removed and is updated in the same transaction as a move before it, so the query that
     * reads it afterwards, on its own snapshot of the store, sees it and the moves after it consistently.
     */
    private static Instant checkpoint(Connection connection, Instant instant) {
        try (PreparedStatement statement = connection.prepareStatement(CHECKPOINT)) {
            statement.setLong(1, UtcMicros.of(instant));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long micros = rs.getLong(1);
                return rs.wasNull() ? NO_CHECKPOINT : UtcMicros.toInstant(micros);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the WIP checkpoints: " + e.getMessage(), e);
        }
    }
}
