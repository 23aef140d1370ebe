package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code avg_cycle_s} of contract section 5: per station, the mean over moves out of it of the time since that part
 * last moved into it, for each of a series of time slices (a report's period or a station's span is one slice, the
 * hours of {@code station_hours} many). Moves out with no move in before them (the part came before the history) are
 * left out.
 */
public final class CycleTimes {

    /**
     * Each move out, against the same part's latest move into that station at or before it: a hash join on part
     * and station (a part passes a station a few times at most) then the latest match per move out (grouped by its
     * {@code seq}, a number, rather than its id), which is several times faster in DuckDB than an ASOF join
     * partitioned by part and station. The moves in are read from {@link PartHistory#since}, not from all history.
     */
    private static final String CYCLE = """
            outs AS (SELECT seq, part, from_station AS station, ts FROM moves
                     WHERE from_station IS NOT NULL
                       AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)),
            ins AS (SELECT part, to_station AS station, ts FROM moves
                    WHERE ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)),
            cycles AS (SELECT any_value(o.station) AS station, epoch_us(any_value(o.ts)) AS out_us,
                              epoch_us(any_value(o.ts)) - epoch_us(max(i.ts)) AS us
                       FROM outs o JOIN ins i ON o.part = i.part AND o.station = i.station AND i.ts <= o.ts
                       GROUP BY o.seq),
            per AS (SELECT station, #bucket# AS bucket, sum(us) AS total, count(*) AS n FROM cycles GROUP BY ALL)
            SELECT p.station, s.slice, sum(p.total) / sum(p.n) FROM per p ASOF JOIN slices s ON p.bucket >= s.start_us
            GROUP BY ALL""";

    private CycleTimes() {
    }

    /** Mean cycle time in seconds per station and slice (null: no move out); the slices must have an end. */
    public static StationSeries meanSeconds(Connection connection, TimeSlices slices) {
        StationSeries series = new StationSeries(slices.size());
        Query.of("WITH " + slices.boundedCte() + ",\n" + CYCLE.replace("#bucket#", slices.bucket("out_us")),
                        slices.first(), slices.last(), PartHistory.since(connection, slices.first()), slices.last())
                .forEach(connection, rs -> series.put(rs.getString(1), rs.getInt(2), rs.getDouble(3) / Micros.PER_SECOND));
        return series;
    }

    /** The mean cycle in seconds of moves out of {@code station} with {@code from <= ts < to}; empty with none. */
    public static OptionalDouble average(Connection connection, String station, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return OptionalDouble.empty();
        }
        Double seconds = meanSeconds(connection, new TimeSlices(List.of(from), to)).get(station, 0);
        return seconds == null ? OptionalDouble.empty() : OptionalDouble.of(seconds);
    }
}
