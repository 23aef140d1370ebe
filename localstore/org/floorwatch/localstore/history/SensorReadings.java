package org.floorwatch.localstore.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * Each sensor's readings up to an instant, back to its latest reading that decides its level alone (contract
 * section 8: at or above {@code alarm_c}, or below {@code warn_c - deadband_c}); all of them when none does. Looked
 * for in windows before the instant that widen (15 minutes, 6 hours, 3 days, all history) only for the sensors not
 * settled yet, so a sensor read every few seconds costs a few rows and a quiet one a few more queries.
 */
final class SensorReadings {

    private static final List<Optional<Duration>> WINDOWS = List.of(Optional.of(Duration.ofMinutes(15)),
            Optional.of(Duration.ofHours(6)), Optional.of(Duration.ofDays(3)), Optional.empty());

    /** #limits#: one {@code (?, ?, ?, ?)} per sensor; #from#: the window's lower bound or nothing. */
    private static final String TRAILS = """
            WITH lim(sensor, warn_c, alarm_c, deadband_c) AS (VALUES #limits#),
                 r AS (SELECT h.id, epoch_us(h.ts) AS ts_us, h.sensor, h.celsius,
                              h.celsius >= l.alarm_c OR h.celsius < l.warn_c - l.deadband_c AS alone
                       FROM heat_readings h JOIN lim l ON h.sensor = l.sensor
                       WHERE h.ts <= make_timestamp(?::BIGINT) #from#),
                 a AS (SELECT sensor, ts_us AS a_ts, id AS a_id FROM r WHERE alone
                       QUALIFY row_number() OVER (PARTITION BY sensor ORDER BY ts_us DESC, id DESC) = 1)
            SELECT r.id, r.ts_us, r.sensor, r.celsius, a.sensor IS NOT NULL
            FROM r LEFT JOIN a ON a.sensor = r.sensor
            WHERE a.sensor IS NULL OR r.ts_us > a.a_ts OR (r.ts_us = a.a_ts AND r.id >= a.a_id)
            ORDER BY r.sensor, r.ts_us, r.id""";

    private SensorReadings() {
    }

    static List<HeatReading> sinceLevelDecided(Connection connection, List<Sensor> sensors, Instant at) {
        List<HeatReading> found = new ArrayList<>();
        List<Sensor> open = sensors;
        for (Optional<Duration> window : WINDOWS) {
            if (open.isEmpty()) {
                break;
            }
            Map<String, Trail> trails = query(connection, open, at, window.map(at::minus).orElse(null));
            List<Sensor> still = new ArrayList<>();
            for (Sensor sensor : open) {
                Trail trail = trails.get(sensor.id());
                if (trail != null && (trail.decided || window.isEmpty())) {
                    found.addAll(trail.readings);
                } else if (window.isPresent()) {
                    still.add(sensor);
                }
            }
            open = still;
        }
        return found;
    }

    /** One sensor's rows from one window, and whether one of them decides the level alone. */
    private static final class Trail {
        final List<HeatReading> readings = new ArrayList<>();
        boolean decided;
    }

    private static Map<String, Trail> query(Connection connection, List<Sensor> sensors, Instant at, Instant after) {
        String sql = TRAILS.replace("#limits#", String.join(", ", Collections.nCopies(sensors.size(),
                        "(?, ?::DOUBLE, ?::DOUBLE, ?::DOUBLE)")))
                .replace("#from#", after == null ? "" : "AND h.ts > make_timestamp(?::BIGINT)");
        Map<String, Trail> trails = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (Sensor sensor : sensors) {
                statement.setString(p++, sensor.id());
                statement.setDouble(p++, sensor.warnC());
                statement.setDouble(p++, sensor.alarmC());
                statement.setDouble(p++, sensor.deadbandC());
            }
            statement.setLong(p++, UtcMicros.of(at));
            if (after != null) {
                statement.setLong(p, UtcMicros.of(after));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Trail trail = trails.computeIfAbsent(rs.getString(3), s -> new Trail());
                    trail.readings.add(new HeatReading(rs.getString(1), UtcMicros.toInstant(rs.getLong(2)),
                            rs.getString(3), rs.getDouble(4)));
                    trail.decided = rs.getBoolean(5);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the sensors at " + at + ": " + e.getMessage(), e);
        }
        return trails;
    }
}
