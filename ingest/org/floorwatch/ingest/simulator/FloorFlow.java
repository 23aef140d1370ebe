package org.floorwatch.ingest.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;

/**
 * The part flow a floor plan implies: where parts enter and, for each station, the routes leaving it
 * with the time a part takes to travel them (centre to centre along the waypoints).
 */
final class FloorFlow {

    /** One route out of a station. */
    record Leg(Station to, long travelMs) { }

    private final List<Station> entries = new ArrayList<>();
    private final Map<String, List<Leg>> legsByStation = new LinkedHashMap<>();

    FloorFlow(FloorPlan plan, double speedMps) {
        Map<String, Station> stations = plan.stationsById();
        for (Station station : plan.stations()) {
            legsByStation.put(station.id(), new ArrayList<>());
            if (station.kind() == StationKind.ENTRY) {
                entries.add(station);
            }
        }
        for (Route route : plan.routes()) {
            Station from = stations.get(route.from());
            Station to = stations.get(route.to());
            long travelMs = Math.max(1000, Math.round(length(from, route.waypoints(), to) / speedMps * 1000));
            legsByStation.get(from.id()).add(new Leg(to, travelMs));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the floor plan has no station of kind entry: no part can enter");
        }
    }

    List<Station> entries() {
        return entries;
    }

    List<Leg> legsFrom(String station) {
        return legsByStation.get(station);
    }

    private static double length(Station from, List<Point> waypoints, Station to) {
        double metres = 0;
        double x = from.centreX();
        double y = from.centreY();
        List<Point> path = new ArrayList<>(waypoints);
        path.add(new Point(to.centreX(), to.centreY()));
        for (Point point : path) {
            metres += Math.hypot(point.x() - x, point.y() - y);
            x = point.x();
            y = point.y();
        }
        return metres;
    }
}
