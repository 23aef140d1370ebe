package org.floorwatch.localstore.lake;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.TimeSlices;

/**
 * The counted figures of {@code station_hours} per time slice and station: moves into and out of the station (and
 * those out with an error), the Celsius readings of its sensors, the live kWh of its machines. Events naming things
 * the plan does not know are left out.
 */
final class HourFigures {

    /** Moves into and out of a station in one slice. */
    record Flow(long arrivals, long departures, long errors) {
        static final Flow NONE = new Flow(0, 0, 0);
    }

    /** Readings of one station's sensors in one slice. */
    private record Heat(double sum, long count, double max) {
        Heat plus(Heat other) {
            return new Heat(sum + other.sum, count + other.count, Math.max(max, other.max));
        }
    }

    private final Map<String, Flow> flows = new HashMap<>();
    private final Map<String, Heat> heat = new HashMap<>();
    private final Map<String, Double> kwh = new HashMap<>();

    HourFigures(Connection connection, TimeSlices slices, FloorPlan plan) {
        String window = "ts >= make_timestamp(" + UtcMicros.of(slices.start(0)) + "::BIGINT) AND ts < make_timestamp("
                + UtcMicros.of(slices.end(slices.size() - 1)) + "::BIGINT)";
        String with = "WITH " + slices.cte() + " ";
        String bucket = slices.bucket("epoch_us(ts)");
        ProductionDays.query(connection, with + """
                SELECT s.slice, m.station, sum(m.arrivals), sum(m.departures), sum(m.failed) FROM (
                    SELECT to_station AS station, %2$s AS us, count(*) AS arrivals, 0 AS departures, 0 AS failed
                    FROM moves WHERE %1$s GROUP BY ALL
                    UNION ALL
                    SELECT from_station, %2$s, 0, count(*), count(error) FROM moves
                    WHERE from_station IS NOT NULL AND %1$s GROUP BY ALL) m
                ASOF JOIN slices s ON m.us >= s.start_us GROUP BY ALL""".formatted(window, bucket),
                rs -> flows.put(key(rs.getInt(1), rs.getString(2)),
                        new Flow(rs.getLong(3), rs.getLong(4), rs.getLong(5))));
        Map<String, Sensor> sensors = plan.sensorsById();
        ProductionDays.query(connection, with + """
                SELECT s.slice, h.sensor, sum(h.total), sum(h.n), max(h.top)
                FROM (SELECT sensor, %s AS us, sum(celsius) AS total, count(celsius) AS n, max(celsius) AS top
                      FROM heat_readings WHERE %s GROUP BY ALL) h
                ASOF JOIN slices s ON h.us >= s.start_us GROUP BY ALL HAVING sum(h.n) > 0""".formatted(bucket, window),
                rs -> {
                    Sensor sensor = sensors.get(rs.getString(2));
                    if (sensor != null) {
                        heat.merge(key(rs.getInt(1), sensor.station()),
                                new Heat(rs.getDouble(3), rs.getLong(4), rs.getDouble(5)), Heat::plus);
                    }
                });
        Map<String, Machine> machines = plan.machinesById();
        ProductionDays.query(connection, with + """
                SELECT s.slice, e.machine, sum(e.kwh)
                FROM (SELECT machine, %s AS us, sum(kwh) AS kwh FROM energy_samples WHERE %s GROUP BY ALL) e
                ASOF JOIN slices s ON e.us >= s.start_us GROUP BY ALL""".formatted(bucket, window),
                rs -> {
                    Machine machine = machines.get(rs.getString(2));
                    if (machine != null) {
                        kwh.merge(key(rs.getInt(1), machine.station()), rs.getDouble(3), Double::sum);
                    }
                });
    }

    Flow flow(int slice, String station) {
        return flows.getOrDefault(key(slice, station), Flow.NONE);
    }

    /** The mean of the station's sensors' readings in the slice, or null without readings. */
    Double meanCelsius(int slice, String station) {
        Heat h = heat.get(key(slice, station));
        return h == null ? null : h.sum() / h.count();
    }

    Double maxCelsius(int slice, String station) {
        Heat h = heat.get(key(slice, station));
        return h == null ? null : h.max();
    }

    /** The live energy samples of the station's machines in the slice (0 without samples). */
    double kwh(int slice, String station) {
        return kwh.getOrDefault(key(slice, station), 0.0);
    }

    private static String key(int slice, String station) {
        return slice + "/" + station;
    }
}
