package org.floorwatch.views.map;

import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Point;

/**
 * The way a part travels between two stations: a polyline in floor metres, its length, and how long a part
 * takes along it. Immutable; {@link #locate} finds a point without allocating, for per-frame use.
 */
public final class RoutePath {

    /** How fast a part moves along a route, in metres per second. */
    public static final double PART_SPEED_M_PER_S = 1.5;
    public static final double MIN_TRAVEL_S = 3;
    public static final double MAX_TRAVEL_S = 60;

    private final double[] xs;
    private final double[] ys;
    private final double[] lengthTo;
    private final boolean planned;

    RoutePath(List<Point> points, boolean planned) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A route path needs at least one point");
        }
        this.xs = points.stream().mapToDouble(Point::x).toArray();
        this.ys = points.stream().mapToDouble(Point::y).toArray();
        this.lengthTo = new double[xs.length];
        for (int i = 1; i < xs.length; i++) {
            lengthTo[i] = lengthTo[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        this.planned = planned;
    }

    /** Length in metres. */
    public double length() {
        return lengthTo[lengthTo.length - 1];
    }

    /** Seconds a part takes along this path: its length at {@link #PART_SPEED_M_PER_S}, kept within 3..60 s. */
    public double travelSeconds() {
        return Math.max(MIN_TRAVEL_S, Math.min(MAX_TRAVEL_S, length() / PART_SPEED_M_PER_S));
    }

    /** True when the plan lists this route; false for the straight line drawn for a move the plan doesn't route. */
    public boolean planned() {
        return planned;
    }

    public List<Point> points() {
        List<Point> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new Point(xs[i], ys[i]));
        }
        return points;
    }

    /** The point at {@code fraction} (0 = start, 1 = end, clamped) of the way along. */
    public Point pointAlong(double fraction) {
        double[] xy = new double[2];
        locate(fraction, xy);
        return new Point(xy[0], xy[1]);
    }

    /** Writes the point at {@code fraction} of the way along into {@code xy[0]} and {@code xy[1]}. */
    public void locate(double fraction, double[] xy) {
        int last = xs.length - 1;
        if (last == 0) {
            xy[0] = xs[0];
            xy[1] = ys[0];
            return;
        }
        double target = Math.max(0, Math.min(1, fraction)) * length();
        int segment = 0;
        while (segment < last - 1 && lengthTo[segment + 1] < target) {
            segment++;
        }
        double span = lengthTo[segment + 1] - lengthTo[segment];
        double t = span == 0 ? 0 : (target - lengthTo[segment]) / span;
        xy[0] = xs[segment] + (xs[segment + 1] - xs[segment]) * t;
        xy[1] = ys[segment] + (ys[segment + 1] - ys[segment]) * t;
    }
}
