package org.floorwatch.views.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Department;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * The areas outlined as departments on the map: a department's stations that sit near each other share one
 * rectangle, but a rectangle never takes in another department's station, so a department spread over the
 * floor gets one area per group of neighbouring stations.
 */
final class DepartmentAreas {

    /** A department's area on the floor, in metres. */
    record Area(String department, String name, double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        Area union(Area other) {
            double left = Math.min(x, other.x);
            double top = Math.min(y, other.y);
            return new Area(department, name, left, top, Math.max(right(), other.right()) - left,
                    Math.max(bottom(), other.bottom()) - top);
        }

        double gap(Area other) {
            double dx = Math.max(0, Math.max(other.x - right(), x - other.right()));
            double dy = Math.max(0, Math.max(other.y - bottom(), y - other.bottom()));
            return Math.hypot(dx, dy);
        }

        boolean overlaps(Station station) {
            return station.x() < right() && station.x() + station.width() > x
                    && station.y() < bottom() && station.y() + station.height() > y;
        }
    }

    /** Groups closer than this many times their largest station side join. */
    private static final double JOIN_GAP_PER_SIDE = 2;

    private DepartmentAreas() {
    }

    static List<Area> of(FloorPlan plan) {
        List<Area> areas = new ArrayList<>();
        Map<String, Station> stations = plan.stationsById();
        for (Department department : plan.departments()) {
            List<Area> groups = new ArrayList<>();
            List<Double> sides = new ArrayList<>();
            for (Station station : stations.values()) {
                if (station.department().equals(department.id())) {
                    groups.add(new Area(department.id(), department.name(), station.x(), station.y(),
                            station.width(), station.height()));
                    sides.add(Math.max(station.width(), station.height()));
                }
            }
            joinNeighbours(groups, sides, plan, department.id());
            areas.addAll(groups);
        }
        return areas;
    }

    private static void joinNeighbours(List<Area> groups, List<Double> sides, FloorPlan plan, String department) {
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < groups.size() && !joined; i++) {
                for (int j = i + 1; j < groups.size() && !joined; j++) {
                    Area union = groups.get(i).union(groups.get(j));
                    double side = Math.max(sides.get(i), sides.get(j));
                    if (groups.get(i).gap(groups.get(j)) <= JOIN_GAP_PER_SIDE * side
                            && plan.stations().stream().noneMatch(s -> !s.department().equals(department) && union.overlaps(s))) {
                        groups.set(i, union);
                        sides.set(i, side);
                        groups.remove(j);
                        sides.remove(j);
                        joined = true;
                    }
                }
            }
        }
    }
}
