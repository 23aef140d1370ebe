package org.floorwatch.floorplan;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One site's floor plan: its time zone and shifts, departments, stations, machines, routes and heat
 * sensors. Immutable; built only by {@link FloorPlanLoader}, which refuses a plan that breaks a rule.
 */
public record FloorPlan(String site, ZoneId timezone, Size size, List<Shift> shifts,
                        List<Department> departments, List<Station> stations, List<Machine> machines,
                        List<Route> routes, List<Sensor> sensors) {

    public record Size(double width, double height) { }

    /** A shift; the end may be on the next local day (a night shift). */
    public record Shift(String name, LocalTime start, LocalTime end) { }

    public record Department(String id, String name) { }

    /**
     * A station; {@code wipLimit} is the optional {@code wip_limit} of contract section 8 (empty: none): the
     * station is in alarm while its WIP is at least the limit.
     */
    public record Station(String id, String name, String department, StationKind kind,
                          double x, double y, double width, double height, double idealCycleS, OptionalInt wipLimit) {

        public Station {
            Objects.requireNonNull(wipLimit, "wipLimit");
        }

        /** A station without a WIP limit. */
        public Station(String id, String name, String department, StationKind kind,
                       double x, double y, double width, double height, double idealCycleS) {
            this(id, name, department, kind, x, y, width, height, idealCycleS, OptionalInt.empty());
        }

        public double centreX() {
            return x + width / 2;
        }

        public double centreY() {
            return y + height / 2;
        }
    }

    public record Machine(String id, String station, double ratedKw) { }

    public record Point(double x, double y) { }

    public record Route(String from, String to, List<Point> waypoints) { }

    /**
     * A heat sensor with its limits; {@code deadbandC} (default {@value #DEFAULT_DEADBAND_C}) and
     * {@code staleAfterS} (default {@value #DEFAULT_STALE_AFTER_S}) are the optional fields of contract section 8.
     */
    public record Sensor(String id, String station, double x, double y, double warnC, double alarmC,
                         double deadbandC, double staleAfterS) {

        public static final double DEFAULT_DEADBAND_C = 1.0;
        public static final double DEFAULT_STALE_AFTER_S = 300;

        /** A sensor with the default dead band and stale time. */
        public Sensor(String id, String station, double x, double y, double warnC, double alarmC) {
            this(id, station, x, y, warnC, alarmC, DEFAULT_DEADBAND_C, DEFAULT_STALE_AFTER_S);
        }
    }

    public FloorPlan {
        shifts = List.copyOf(shifts);
        departments = List.copyOf(departments);
        stations = List.copyOf(stations);
        machines = List.copyOf(machines);
        routes = List.copyOf(routes);
        sensors = List.copyOf(sensors);
    }

    public Optional<Station> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Sensor> sensor(String id) {
        return sensors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Machine> machine(String id) {
        return machines.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Department> department(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Route> route(String from, String to) {
        return routes.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst();
    }

    /** Stations by id, in plan order; build once and keep when looking up per event. */
    public Map<String, Station> stationsById() {
        return index(stations, Station::id);
    }

    public Map<String, Sensor> sensorsById() {
        return index(sensors, Sensor::id);
    }

    public Map<String, Machine> machinesById() {
        return index(machines, Machine::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return Collections.unmodifiableMap(map);
    }
}
