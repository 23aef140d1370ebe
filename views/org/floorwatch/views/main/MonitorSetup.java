package org.floorwatch.views.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;

/**
 * The monitors as the desktop has them now: each one's bounds and the part of it windows may use (without task
 * bars), the primary first. Window layouts are kept per set-up ({@link #key}), and a window is only ever placed
 * where one of these monitors can show it ({@link #fit}).
 */
public record MonitorSetup(List<Monitor> monitors) {

    /** How much of a window's top edge (where it is dragged from) must lie on a monitor for it to count as on it. */
    private static final double GRIP_WIDTH = 96;
    private static final double GRIP_HEIGHT = 24;
    /** Some desktops put a window's frame a few pixels above its monitor's top (Windows, maximised). */
    private static final double ABOVE_TOP = 16;

    /** One monitor: its whole bounds, and the part windows may use. */
    public record Monitor(Rectangle2D bounds, Rectangle2D usable) {
    }

    public MonitorSetup {
        if (monitors.isEmpty()) {
            throw new IllegalArgumentException("a desktop has at least one monitor");
        }
        monitors = List.copyOf(monitors);
    }

    /** The monitors JavaFX reports now; call on the JavaFX thread. */
    public static MonitorSetup current() {
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        List<Monitor> monitors = new ArrayList<>();
        monitors.add(new Monitor(primary.getBounds(), primary.getVisualBounds()));
        for (javafx.stage.Screen screen : javafx.stage.Screen.getScreens()) {
            if (!screen.equals(primary)) {
                monitors.add(new Monitor(screen.getBounds(), screen.getVisualBounds()));
            }
        }
        return new MonitorSetup(monitors);
    }

    /** Monitors with these bounds, all usable, the first primary; for tests and fixed set-ups. */
    public static MonitorSetup of(Rectangle2D... bounds) {
        List<Monitor> monitors = new ArrayList<>();
        for (Rectangle2D each : bounds) {
            monitors.add(new Monitor(each, each));
        }
        return new MonitorSetup(monitors);
    }

    public Monitor primary() {
        return monitors.get(0);
    }

    /**
     * The set-up's name in the layout file: the number of monitors and each one's bounds, left to right, e.g.
     * {@code 2@0,0,1920x1080+1920,0,1920x1080}. The same monitors give the same key whichever is primary.
     */
    public String key() {
        return monitors.size() + "@" + monitors.stream().map(Monitor::bounds)
                .sorted(Comparator.comparingDouble(Rectangle2D::getMinX).thenComparingDouble(Rectangle2D::getMinY))
                .map(b -> whole(b.getMinX()) + "," + whole(b.getMinY()) + "," + whole(b.getWidth()) + "x"
                        + whole(b.getHeight()))
                .collect(Collectors.joining("+"));
    }

    /** The monitor holding the most of {@code window}, or the primary when none does. */
    public Monitor holding(WindowBounds window) {
        Monitor best = primary();
        double most = 0;
        for (Monitor monitor : monitors) {
            double shared = overlap(monitor.usable(), window.x(), window.y(), window.width(), window.height());
            if (shared > most) {
                most = shared;
                best = monitor;
            }
        }
        return best;
    }

    /**
     * {@code window} as saved if a monitor shows enough of its top edge to grab it; otherwise moved onto the primary
     * monitor, centred, no larger than it.
     */
    public WindowBounds fit(WindowBounds window) {
        double grip = Math.min(GRIP_WIDTH, window.width());
        for (Monitor monitor : monitors) {
            Rectangle2D usable = monitor.usable();
            double left = Math.max(usable.getMinX(), window.x());
            double right = Math.min(usable.getMaxX(), window.x() + window.width());
            if (right - left >= grip && window.y() >= usable.getMinY() - ABOVE_TOP
                    && window.y() + GRIP_HEIGHT <= usable.getMaxY()) {
                return window;
            }
        }
        return window.centredOn(primary().usable());
    }

    private static double overlap(Rectangle2D area, double x, double y, double width, double height) {
        double w = Math.min(area.getMaxX(), x + width) - Math.max(area.getMinX(), x);
        double h = Math.min(area.getMaxY(), y + height) - Math.max(area.getMinY(), y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
