package org.floorwatch.views.map;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;

/**
 * The parts in transit of the latest snapshot, resolved to their paths once so that each frame only places
 * them: a part is drawn at (now - departed) / travel time of the way along its path, and not at all once it
 * has arrived (its station's WIP badge counts it then). Allocates nothing per frame.
 */
final class TransitParts {

    private RoutePath[] paths = new RoutePath[0];
    private double[] departed = new double[0];
    private int size;
    private final double[] xy = new double[2];

    void update(List<PartInTransit> parts, FloorGeometry geometry) {
        if (paths.length < parts.size()) {
            paths = new RoutePath[parts.size()];
            departed = new double[parts.size()];
        }
        size = 0;
        for (PartInTransit part : parts) {
            RoutePath path = geometry.path(part.from(), part.to()).orElse(null);
            if (path != null) {
                paths[size] = path;
                departed[size] = seconds(part.departed());
                size++;
            }
        }
        Arrays.fill(paths, size, paths.length, null);
    }

    /** Draws every part still on its way at {@code now} (epoch seconds) as a square of {@code side} pixels. */
    void paint(GraphicsContext gc, MapViewport view, double now, double side) {
        gc.setFill(MapPalette.PART);
        double half = side / 2;
        for (int i = 0; i < size; i++) {
            RoutePath path = paths[i];
            double fraction = (now - departed[i]) / path.travelSeconds();
            if (fraction < 1) {
                path.locate(fraction, xy);
                gc.fillRect(view.screenX(xy[0]) - half, view.screenY(xy[1]) - half, side, side);
            }
        }
    }

    /** Whether some part is on its way at some time between {@code from} and {@code to} (epoch seconds). */
    boolean movesBetween(double from, double to) {
        double early = Math.min(from, to);
        double late = Math.max(from, to);
        for (int i = 0; i < size; i++) {
            if (departed[i] < late && departed[i] + paths[i].travelSeconds() > early) {
                return true;
            }
        }
        return false;
    }

    /** Whether some part has yet to arrive after {@code now} (epoch seconds): it moves, or will. */
    boolean movesAfter(double now) {
        for (int i = 0; i < size; i++) {
            if (departed[i] + paths[i].travelSeconds() > now) {
                return true;
            }
        }
        return false;
    }

    /** How many parts are still on their way at {@code now} (epoch seconds). */
    int onTheWay(double now) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if ((now - departed[i]) / paths[i].travelSeconds() < 1) {
                count++;
            }
        }
        return count;
    }

    static double seconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
