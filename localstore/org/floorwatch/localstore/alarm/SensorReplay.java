package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.alarm.SensorTrack;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.Query;

/**
 * Feeds sensors' tracks from the stored readings without reading them all. Time is cut into buckets of at most half
 * the shortest {@code stale_after_s}; a bucket is read whole when it holds a reading at or above
 * {@code warn_c - deadband_c} (which may leave normal), follows such a bucket (which holds the reading that ends an
 * episode), borders a bucket without readings (a silence longer than stale_after_s always holds an empty bucket),
 * or is a sensor's first or last (or holds the instant it is read from). The readings of the other buckets are all calm
 * after calm: they change no episode, and a gap between two of them is shorter than stale_after_s. The readings are
 * scanned twice without a join (a join per reading cost more than the rest): once to find the buckets, once to fetch
 * them; buckets are grouped and joined by a 64-bit hash of the sensor id (numbers group ten times faster than text
 * here), fetched readings are checked against the id itself.
 */
final class SensorReplay {

    private static final String BUCKETS = """
            WITH lim(sensor, hot_c, from_us) AS (VALUES %1$s),
            raw AS (SELECT hash(sensor) AS hs, epoch_us(ts) // %2$d AS b, max(celsius) AS top FROM heat_readings
                    WHERE true%3$s GROUP BY ALL),
            buckets AS (SELECT r.hs, r.b, l.sensor, r.top >= l.hot_c AS hot, r.b = l.from_us // %2$d AS first, l.from_us
                        FROM raw r JOIN lim l ON r.hs = hash(l.sensor) WHERE r.b >= l.from_us // %2$d),
            marked AS (SELECT *, lag(b) OVER w AS prev_b, lag(hot) OVER w AS prev_hot, lead(b) OVER w AS next_b
                       FROM buckets WINDOW w AS (PARTITION BY hs ORDER BY b)),
            wanted AS (SELECT hs, b, sensor, prev_b, from_us FROM marked WHERE hot OR prev_hot OR first
                       OR prev_b IS NULL OR next_b IS NULL OR prev_b <> b - 1 OR next_b <> b + 1)
            SELECT h.sensor, h.id, epoch_us(h.ts), h.celsius, h.seq, w.b, w.prev_b
            FROM heat_readings h JOIN wanted w ON hash(h.sensor) = w.hs AND epoch_us(h.ts) // %2$d = w.b
            WHERE h.sensor = w.sensor AND epoch_us(h.ts) >= w.from_us%3$s
            ORDER BY w.hs, h.ts, h.id""";

    private SensorReplay() {
    }

    /**
     * Reads into each track the stored readings of its sensor at or after its start ({@code from}, Instant.MIN for
     * all); each track holds what came before (see {@link SensorTrack#before}).
     */
    static void read(Connection connection, Map<String, SensorTrack> tracks, Map<String, Instant> from, LateEvents late) {
        if (tracks.isEmpty()) {
            return;
        }
        long bucket = Math.max(1, tracks.values().stream()
                .mapToLong(t -> Math.round(t.sensor().staleAfterS() * 1e6) / 2).min().orElseThrow());
        List<Object> params = new ArrayList<>();
        long earliest = Long.MAX_VALUE;
        for (SensorTrack track : tracks.values()) {
            Sensor sensor = track.sensor();
            long fromUs = micros(from.get(sensor.id()));
            earliest = Math.min(earliest, fromUs);
            params.add(sensor.id());
            params.add(sensor.warnC() - sensor.deadbandC());
            params.add(fromUs);
        }
        String values = String.join(", ", Collections.nCopies(tracks.size(), "(?, ?::DOUBLE, ?::BIGINT)"));
        String prune = earliest == Long.MIN_VALUE ? "" : " AND ts >= make_timestamp(" + earliest + ")";
        Feed feed = new Feed(tracks, late);
        Query.of(String.format(BUCKETS, values, bucket, prune), params.toArray())
                .forEach(connection, rs -> feed.next(rs.getString(1), new HeatReading(rs.getString(2),
                        UtcMicros.toInstant(rs.getLong(3)), rs.getString(1), rs.getDouble(4)), rs.getLong(5),
                        rs.getLong(6), nullableLong(rs.getLong(7), rs.wasNull())));
    }

    static long micros(Instant instant) {
        return instant == null || instant.equals(Instant.MIN) ? Long.MIN_VALUE : UtcMicros.of(instant);
    }

    private static Long nullableLong(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    /** Hands the rows to their tracks, telling each reading whether it follows the one read before it. */
    private static final class Feed {
        private final Map<String, SensorTrack> tracks;
        private final LateEvents late;
        private String sensor;
        private long lastBucket;

        Feed(Map<String, SensorTrack> tracks, LateEvents late) {
            this.tracks = tracks;
            this.late = late;
        }

        void next(String sensorId, HeatReading reading, long seq, long bucket, Long previousBucket) {
            boolean first = !sensorId.equals(sensor);
            boolean follows = first || bucket == lastBucket || previousBucket != null && previousBucket == lastBucket;
            tracks.get(sensorId).read(reading, late.late(reading.ts(), seq), follows);
            sensor = sensorId;
            lastBucket = bucket;
        }
    }
}
