package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.alarm.WipTrack;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.Query;

/**
 * Feeds stations' WIP tracks from the stored moves: the WIP after each move in (ts, id) order is a running sum, and
 * only the moves that cross the limit (and each station's last move) are handed over.
 */
final class WipCrossings {

    private static final String CROSSINGS = """
            WITH lim(station, wip_limit, from_us, base) AS (VALUES %s),
            deltas AS (SELECT to_station AS station, id, ts, seq, 1 AS delta FROM moves
                       UNION ALL SELECT from_station, id, ts, seq, -1 FROM moves WHERE from_station IS NOT NULL),
            run AS (SELECT d.station, d.id, d.ts, d.seq, d.delta, l.wip_limit,
                           l.base + sum(d.delta) OVER w AS wip, lead(d.ts) OVER w AS next_ts
                    FROM deltas d JOIN lim l ON d.station = l.station WHERE epoch_us(d.ts) >= l.from_us
                    WINDOW w AS (PARTITION BY d.station ORDER BY d.ts, d.id ROWS UNBOUNDED PRECEDING))
            SELECT station, id, epoch_us(ts), seq, wip FROM run
            WHERE (wip >= wip_limit) <> (wip - delta >= wip_limit) OR next_ts IS NULL ORDER BY station, ts, id""";

    private WipCrossings() {
    }

    /**
     * Reads into each track the stored moves of its station at or after {@code from} (Instant.MIN: all); each track
     * holds the WIP before that (see {@link WipTrack#before}).
     */
    static void read(Connection connection, Map<String, WipTrack> tracks, Map<String, Instant> from, LateEvents late) {
        if (tracks.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (WipTrack track : tracks.values()) {
            Station station = track.station();
            params.add(station.id());
            params.add((long) station.wipLimit().orElseThrow());
            params.add(SensorReplay.micros(from.get(station.id())));
            params.add(track.wip());
        }
        String values = String.join(", ", Collections.nCopies(tracks.size(), "(?, ?::BIGINT, ?::BIGINT, ?::BIGINT)"));
        Query.of(String.format(CROSSINGS, values), params.toArray()).forEach(connection, rs -> {
            Instant ts = UtcMicros.toInstant(rs.getLong(3));
            tracks.get(rs.getString(1)).at(ts, rs.getString(2), rs.getLong(5), late.late(ts, rs.getLong(4)));
        });
    }

    /** The station's WIP over the moves before {@code from}. */
    static long wipBefore(Connection connection, String station, Instant from) {
        return Query.of("SELECT coalesce(sum(CASE WHEN to_station = ? THEN 1 ELSE -1 END), 0) FROM moves "
                        + "WHERE (to_station = ? OR from_station = ?) AND ts < make_timestamp(?::BIGINT)",
                station, station, station, from).one(connection, rs -> rs.getLong(1));
    }
}
