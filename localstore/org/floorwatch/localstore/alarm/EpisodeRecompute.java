package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmFloor;
import org.floorwatch.floorplan.alarm.AlarmSource;
import org.floorwatch.floorplan.alarm.LastEvent;
import org.floorwatch.floorplan.alarm.SensorTrack;
import org.floorwatch.floorplan.alarm.WipTrack;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.Query;

/**
 * Alarm episodes (contract section 8) from what the store committed: every source over all history, or the sources
 * of an {@link AlarmFloor} that got events out of order, each from its restart point on. Reads on the connection it
 * is given, which should see one consistent state of the store (a read transaction).
 */
public final class EpisodeRecompute {

    /** How far back the last event before a restart point is looked for first (then all the way). */
    private static final Duration NEAR = Duration.ofDays(1);

    private EpisodeRecompute() {
    }

    /** Every source's episodes over all stored history; the floor's late rule starts from the newest stored event. */
    public static AlarmFloor all(Connection connection, FloorPlan plan) {
        AlarmFloor floor = new AlarmFloor(plan);
        floor.readAllAgain();
        readAgain(connection, floor);
        floor.startFrom(newestStored(connection));
        return floor;
    }

    /** Reads the floor's dirty sources again from the store, each from its restart point, and puts them in place. */
    public static void readAgain(Connection connection, AlarmFloor floor) {
        Map<AlarmSource, Instant> points = floor.dirty();
        if (points.isEmpty()) {
            return;
        }
        Instant earliest = points.values().stream().min(Instant::compareTo).orElseThrow();
        LateEvents late = LateEvents.from(connection, earliest);
        Map<String, SensorTrack> sensors = new LinkedHashMap<>();
        Map<String, WipTrack> stations = new LinkedHashMap<>();
        Map<String, Instant> sensorsFrom = new LinkedHashMap<>();
        Map<String, Instant> stationsFrom = new LinkedHashMap<>();
        points.forEach((source, from) -> {
            boolean whole = from.equals(Instant.MIN);
            if (source.isSensor()) {
                LastEvent previous = whole ? null : lastBefore(connection, source, from, late);
                sensors.put(source.id(), floor.sensor(source.id()).before(from, previous));
                sensorsFrom.put(source.id(), from);
            } else {
                LastEvent previous = whole ? null : lastBefore(connection, source, from, late);
                long wip = whole ? 0 : WipCrossings.wipBefore(connection, source.id(), from);
                stations.put(source.id(), floor.station(source.id()).before(from, wip, previous));
                stationsFrom.put(source.id(), from);
            }
        });
        SensorReplay.read(connection, sensors, sensorsFrom, late);
        WipCrossings.read(connection, stations, stationsFrom, late);
        sensors.values().forEach(floor::replace);
        stations.values().forEach(floor::replace);
    }

    /** The newest {@code ts} of any stored event, or null. */
    static Instant newestStored(Connection connection) {
        return Query.of("SELECT epoch_us(max(ts)) FROM (SELECT max(ts) AS ts FROM moves UNION ALL "
                + "SELECT max(ts) FROM heat_readings UNION ALL SELECT max(ts) FROM energy_samples)").one(connection,
                rs -> Query.instant(rs, 1));
    }

    /** The last event of the source before {@code from} in (ts, id) order, or null: near {@code from} first. */
    private static LastEvent lastBefore(Connection connection, AlarmSource source, Instant from, LateEvents late) {
        LastEvent near = lastBetween(connection, source, from.minus(NEAR), from, late);
        return near != null ? near : lastBetween(connection, source, null, from, late);
    }

    private static LastEvent lastBetween(Connection connection, AlarmSource source, Instant since, Instant before,
                                         LateEvents late) {
        List<Object> params = new ArrayList<>();
        params.add(source.id());
        if (!source.isSensor()) {
            params.add(source.id());
        }
        params.add(before);
        if (since != null) {
            params.add(since);
        }
        String sql = (source.isSensor() ? "SELECT id, epoch_us(ts), seq FROM heat_readings WHERE sensor = ?"
                : "SELECT id, epoch_us(ts), seq FROM moves WHERE (to_station = ? OR from_station = ?)")
                + " AND ts < make_timestamp(?::BIGINT)" + (since == null ? "" : " AND ts >= make_timestamp(?::BIGINT)")
                + " ORDER BY ts DESC, id DESC LIMIT 1";
        List<LastEvent> found = Query.of(sql, params.toArray()).list(connection, rs -> {
            Instant ts = UtcMicros.toInstant(rs.getLong(2));
            return new LastEvent(ts, rs.getString(1), late.late(ts, rs.getLong(3)));
        });
        return found.isEmpty() ? null : found.get(0);
    }
}
