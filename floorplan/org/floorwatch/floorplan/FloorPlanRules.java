package org.floorwatch.floorplan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.floorwatch.floorplan.FloorPlan.Department;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * The rules a floor plan must keep to be used, beyond well-formed JSON: the size and every station's
 * rectangle are positive; ids are unique within departments, stations, machines and sensors; stations
 * name a known department; every station has a positive {@code ideal_cycle_s} (it is required, as OEE
 * needs it); machines and sensors sit on known stations; machines' {@code rated_kw} is not negative;
 * sensors warn below their alarm, with a dead band not negative and a positive stale time; a station's optional
 * {@code wip_limit} is 1 or more; routes join two different known stations, at most one route per
 * (from, to); and the shifts tile the day ({@link ShiftRules}). The first broken rule refuses the plan.
 */
public final class FloorPlanRules {

    private FloorPlanRules() {
    }

    /** @throws InvalidPlanException naming {@code source} and the first offending entry */
    public static void check(FloorPlan plan, String source) {
        if (plan.size().width() <= 0 || plan.size().height() <= 0) {
            throw new InvalidPlanException(source, "size: width and height must be positive, got "
                    + plan.size().width() + " x " + plan.size().height());
        }
        ShiftRules.check(plan.shifts(), source);
        unique(plan.departments(), Department::id, "department", source);
        unique(plan.stations(), Station::id, "station", source);
        unique(plan.machines(), Machine::id, "machine", source);
        unique(plan.sensors(), Sensor::id, "sensor", source);
        plan.stations().forEach(station -> checkStation(plan, station, source));
        plan.machines().forEach(machine -> checkMachine(plan, machine, source));
        plan.sensors().forEach(sensor -> checkSensor(plan, sensor, source));
        checkRoutes(plan, source);
    }

    private static <T> void unique(List<T> entries, Function<T, String> id, String what, String source) {
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            if (!seen.add(id.apply(entry))) {
                throw new InvalidPlanException(source, what + " \"" + id.apply(entry) + "\": duplicate id");
            }
        }
    }

    private static void checkStation(FloorPlan plan, Station station, String source) {
        String entry = "station \"" + station.id() + "\": ";
        if (plan.department(station.department()).isEmpty()) {
            throw new InvalidPlanException(source, entry + "unknown department \"" + station.department() + "\"");
        }
        if (station.width() <= 0 || station.height() <= 0) {
            throw new InvalidPlanException(source, entry + "width and height must be positive, got "
                    + station.width() + " x " + station.height());
        }
        if (station.idealCycleS() <= 0) {
            throw new InvalidPlanException(source, entry + "ideal_cycle_s must be positive, got " + station.idealCycleS());
        }
        if (station.wipLimit().isPresent() && station.wipLimit().getAsInt() < 1) {
            throw new InvalidPlanException(source, entry + "wip_limit must be 1 or more, got "
                    + station.wipLimit().getAsInt());
        }
    }

    private static void checkMachine(FloorPlan plan, Machine machine, String source) {
        String entry = "machine \"" + machine.id() + "\": ";
        knownStation(plan, machine.station(), entry, source);
        if (machine.ratedKw() < 0) {
            throw new InvalidPlanException(source, entry + "rated_kw must not be negative, got " + machine.ratedKw());
        }
    }

    private static void checkSensor(FloorPlan plan, Sensor sensor, String source) {
        String entry = "sensor \"" + sensor.id() + "\": ";
        knownStation(plan, sensor.station(), entry, source);
        if (sensor.warnC() >= sensor.alarmC()) {
            throw new InvalidPlanException(source, entry + "warn_c " + sensor.warnC()
                    + " must be below alarm_c " + sensor.alarmC());
        }
        if (sensor.deadbandC() < 0) {
            throw new InvalidPlanException(source, entry + "deadband_c must not be negative, got " + sensor.deadbandC());
        }
        if (sensor.staleAfterS() <= 0) {
            throw new InvalidPlanException(source, entry + "stale_after_s must be positive, got " + sensor.staleAfterS());
        }
    }

    private static void checkRoutes(FloorPlan plan, String source) {
        Map<String, Integer> numberByEnds = new HashMap<>();
        for (int i = 0; i < plan.routes().size(); i++) {
            Route route = plan.routes().get(i);
            int number = i + 1;
            String entry = "route " + number + " (" + route.from() + " -> " + route.to() + "): ";
            knownStation(plan, route.from(), entry, source);
            knownStation(plan, route.to(), entry, source);
            if (route.from().equals(route.to())) {
                throw new InvalidPlanException(source, entry + "goes from a station to itself");
            }
            Integer earlier = numberByEnds.putIfAbsent(route.from() + "\n" + route.to(), number);
            if (earlier != null) {
                throw new InvalidPlanException(source, entry + "duplicate of route " + earlier);
            }
        }
    }

    private static void knownStation(FloorPlan plan, String station, String entry, String source) {
        if (plan.station(station).isEmpty()) {
            throw new InvalidPlanException(source, entry + "unknown station \"" + station + "\"");
        }
    }
}
