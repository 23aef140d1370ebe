package org.floorwatch.ingest.simulator;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Department;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Shift;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;

/** Small floor plans for the simulator tests. */
final class TestFloors {

    private TestFloors() {
    }

    /**
     * A line: entry IN, process P1 (25 s) and P2 (40 s, the slowest), inspection QC with rework RW
     * (back to QC) and scrap SCRAP, exit OUT.
     */
    static FloorPlan line() {
        List<Station> stations = List.of(
                station("IN", StationKind.ENTRY, 5, 5, 10),
                station("P1", StationKind.PROCESS, 20, 5, 25),
                station("P2", StationKind.PROCESS, 35, 5, 40),
                station("QC", StationKind.INSPECTION, 50, 5, 20),
                station("RW", StationKind.REWORK, 50, 20, 120),
                station("OUT", StationKind.EXIT, 65, 5, 0),
                station("SCRAP", StationKind.SCRAP, 65, 20, 0));
        List<Route> routes = List.of(route("IN", "P1"), route("P1", "P2"),
                new Route("P2", "QC", List.of(new Point(40, 15), new Point(52, 15))), route("QC", "OUT"),
                route("QC", "RW"), route("QC", "SCRAP"), route("RW", "QC"));
        List<Machine> machines = List.of(new Machine("M-P1", "P1", 30), new Machine("M-P2", "P2", 45),
                new Machine("M-QC", "QC", 10), new Machine("M-RW", "RW", 8));
        List<Sensor> sensors = List.of(sensor("H-P1", "P1"), sensor("H-P2", "P2"), sensor("H-QC", "QC"));
        return plan(stations, routes, machines, sensors);
    }

    /** Two entries into a buffer feeding two parallel process stations; no inspection, rework or scrap. */
    static FloorPlan parallel() {
        List<Station> stations = List.of(
                station("A", StationKind.ENTRY, 5, 5, 0),
                station("B", StationKind.ENTRY, 5, 20, 0),
                station("BUF", StationKind.BUFFER, 20, 12, 60),
                station("X1", StationKind.PROCESS, 35, 5, 60),
                station("X2", StationKind.PROCESS, 35, 20, 60),
                station("DONE", StationKind.EXIT, 50, 12, 0));
        List<Route> routes = List.of(route("A", "BUF"), route("B", "BUF"), route("BUF", "X1"), route("BUF", "X2"),
                route("X1", "DONE"), route("X2", "DONE"));
        return plan(stations, routes, List.of(new Machine("M-X1", "X1", 20), new Machine("M-X2", "X2", 20)),
                List.of(sensor("H-X1", "X1")));
    }

    private static FloorPlan plan(List<Station> stations, List<Route> routes, List<Machine> machines,
                                  List<Sensor> sensors) {
        return new FloorPlan("Test Site", ZoneId.of("Europe/London"), new FloorPlan.Size(80, 30),
                List.of(new Shift("A", LocalTime.of(6, 0), LocalTime.of(18, 0)),
                        new Shift("B", LocalTime.of(18, 0), LocalTime.of(6, 0))),
                List.of(new Department("D", "Dept")), stations, machines, routes, sensors);
    }

    private static Station station(String id, StationKind kind, double x, double y, double idealCycleS) {
        return new Station(id, id, "D", kind, x, y, 6, 4, idealCycleS);
    }

    private static Route route(String from, String to) {
        return new Route(from, to, List.of());
    }

    private static Sensor sensor(String id, String station) {
        return new Sensor(id, station, 0, 0, 60, 75);
    }
}
