package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.localstore.UtcMicros;

/**
 * Computes a {@link WipGrid} in one pass: WIP per station at the period's start ({@link StationWip#at}), then the
 * period's moves in time order, adding WIP x time to the column each stretch falls in. The mean of a column is its
 * area over its length; the column running at {@code asOf} is averaged up to {@code asOf}. Blocking: run it off
 * the JavaFX thread.
 */
public final class WipReplay {

    private static final String MOVES = """
            SELECT epoch_us(ts), from_station, to_station FROM moves
            WHERE ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT) ORDER BY ts""";

    private final long[] bounds;
    private final double[] wip;
    private final double[][] area;
    private final Map<String, Integer> rows = new HashMap<>();
    private long time;
    private int column;

    private WipReplay(List<String> stations, List<Instant> starts, Instant end) {
        bounds = new long[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            bounds[i] = UtcMicros.of(starts.get(i));
        }
        bounds[starts.size()] = UtcMicros.of(end);
        for (int i = 0; i < stations.size(); i++) {
            rows.put(stations.get(i), i);
        }
        wip = new double[stations.size()];
        area = new double[stations.size()][starts.size()];
        time = bounds[0];
    }

    /** The grid of the stations that hold WIP, in the plan's order, as far as {@code asOf}. */
    public static WipGrid compute(Connection connection, FloorPlan plan, ReportPeriod period, Instant asOf) throws SQLException {
        List<String> stations = plan.stations().stream().filter(s -> s.kind().holdsWip()).map(Station::id).toList();
        List<Instant> starts = WipGrid.columnStarts(period);
        List<String> labels = starts.stream().map(start -> WipGrid.columnLabel(period, start)).toList();
        Instant until = asOf.isBefore(period.end()) ? asOf : period.end();
        WipReplay replay = new WipReplay(stations, starts, period.end());
        if (until.isAfter(period.start())) {
            replay.startWith(StationWip.at(connection, period.start()));
            replay.replay(connection, period.start(), until);
        }
        return new WipGrid(stations, labels, WipGrid.hourlyOver(period), replay.means(UtcMicros.of(until)));
    }

    private void startWith(Map<String, Long> wipAtStart) {
        wipAtStart.forEach((station, count) -> {
            Integer row = rows.get(station);
            if (row != null) {
                wip[row] = count;
            }
        });
    }

    private void replay(Connection connection, Instant from, Instant until) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MOVES)) {
            statement.setLong(1, UtcMicros.of(from));
            statement.setLong(2, UtcMicros.of(until));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    advanceTo(rs.getLong(1));
                    change(rs.getString(2), -1);
                    change(rs.getString(3), +1);
                }
            }
        }
        advanceTo(UtcMicros.of(until));
    }

    private void change(String station, int delta) {
        Integer row = station == null ? null : rows.get(station);
        if (row != null) {
            wip[row] += delta;
        }
    }

    private void advanceTo(long until) {
        while (time < until) {
            long step = Math.min(until, bounds[column + 1]);
            for (int row = 0; row < wip.length; row++) {
                area[row][column] += wip[row] * (step - time);
            }
            time = step;
            if (time == bounds[column + 1]) {
                column++;
            }
        }
    }

    private double[][] means(long until) {
        double[][] means = new double[area.length][];
        for (int row = 0; row < area.length; row++) {
            means[row] = new double[bounds.length - 1];
            Arrays.fill(means[row], Double.NaN);
            for (int c = 0; c < bounds.length - 1 && bounds[c] < until; c++) {
                means[row][c] = area[row][c] / (Math.min(until, bounds[c + 1]) - bounds[c]);
            }
        }
        return means;
    }
}
