package org.floorwatch.views.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * Where parts travel on a plan's floor, in metres. A planned route runs from the edge of its from-station through
 * its waypoints to the edge of its to-station; a move the plan doesn't route gets a straight line between the two
 * stations' edges, and a part entering the floor runs in from the left to its station's left edge. Paths are
 * built once per (from, to) and kept; not thread-safe (use it on the thread that draws).
 */
public final class FloorGeometry {

    /** How far left of its first station a part entering the floor appears. */
    public static final double ENTRY_RUN_M = 4;
    private static final double ON_EDGE_M = 1e-6;

    private final Map<String, Station> stations;
    private final List<Station> inPlanOrder;
    private final Map<String, Map<String, RoutePath>> paths = new HashMap<>();
    private final Map<String, RoutePath> entries = new HashMap<>();

    public FloorGeometry(FloorPlan plan) {
        this.stations = plan.stationsById();
        this.inPlanOrder = plan.stations();
        for (Route route : plan.routes()) {
            Station from = stations.get(route.from());
            Station to = stations.get(route.to());
            paths.computeIfAbsent(route.from(), f -> new HashMap<>())
                    .put(route.to(), new RoutePath(polyline(from, route.waypoints(), to), true));
        }
    }

    /** The station at a floor point (metres): the one drawn last (on top) where stations overlap. */
    public Optional<String> stationAt(double x, double y) {
        for (int i = inPlanOrder.size() - 1; i >= 0; i--) {
            Station s = inPlanOrder.get(i);
            if (x >= s.x() && x <= s.x() + s.width() && y >= s.y() && y <= s.y() + s.height()) {
                return Optional.of(s.id());
            }
        }
        return Optional.empty();
    }

    /**
     * The path of a move from {@code from} (null, or a station the plan lacks: the part enters the floor) to
     * {@code to}; empty when {@code to} is not a station of the plan.
     */
    public Optional<RoutePath> path(String from, String to) {
        Station target = stations.get(to);
        if (target == null) {
            return Optional.empty();
        }
        Station source = from == null ? null : stations.get(from);
        if (source == null) {
            return Optional.of(entries.computeIfAbsent(to, t -> entryPath(target)));
        }
        return Optional.of(paths.computeIfAbsent(from, f -> new HashMap<>())
                .computeIfAbsent(to, t -> new RoutePath(polyline(source, List.of(), target), false)));
    }

    /** The point at {@code fraction} of the way from {@code from} to {@code to}; empty for an unknown station. */
    public Optional<Point> pointAlong(String from, String to, double fraction) {
        return path(from, to).map(path -> path.pointAlong(fraction));
    }

    private static RoutePath entryPath(Station to) {
        double y = to.centreY();
        double start = Math.max(0, to.x() - ENTRY_RUN_M);
        return new RoutePath(List.of(new Point(start, y), new Point(to.x(), y)), false);
    }

    private static List<Point> polyline(Station from, List<Point> waypoints, Station to) {
        List<Point> points = new ArrayList<>();
        Point first = waypoints.isEmpty() ? centre(to) : waypoints.get(0);
        Point last = waypoints.isEmpty() ? centre(from) : waypoints.get(waypoints.size() - 1);
        add(points, contains(from, first) ? first : edgeToward(from, first));
        waypoints.forEach(point -> add(points, point));
        add(points, contains(to, last) ? last : edgeToward(to, last));
        return points;
    }

    private static void add(List<Point> points, Point point) {
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    private static Point centre(Station station) {
        return new Point(station.centreX(), station.centreY());
    }

    private static boolean contains(Station station, Point point) {
        return point.x() >= station.x() - ON_EDGE_M && point.x() <= station.x() + station.width() + ON_EDGE_M
                && point.y() >= station.y() - ON_EDGE_M && point.y() <= station.y() + station.height() + ON_EDGE_M;
    }

    /** Where the line from the station's centre toward {@code target} (outside it) crosses its edge. */
    private static Point edgeToward(Station station, Point target) {
        double dx = target.x() - station.centreX();
        double dy = target.y() - station.centreY();
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : station.width() / 2 / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : station.height() / 2 / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new Point(station.centreX() + dx * t, station.centreY() + dy * t);
    }
}
