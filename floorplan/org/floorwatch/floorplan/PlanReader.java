package org.floorwatch.floorplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FloorPlan.Department;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Shift;
import org.floorwatch.floorplan.FloorPlan.Size;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * Turns a plan's JSON tree into a {@link FloorPlan}: every required field present and of the right
 * type, clock times, time zone and station kinds readable. Rules between entries are checked
 * afterwards by {@link FloorPlanRules}.
 */
final class PlanReader {

    private static final String KINDS = Arrays.stream(StationKind.values())
            .map(StationKind::planName).collect(Collectors.joining(", "));

    private PlanReader() {
    }

    static FloorPlan read(PlanEntry plan) {
        return new FloorPlan(
                plan.text("site"),
                zone(plan),
                size(plan.object("size")),
                plan.objects("shifts", true, labelledBy("shift", "name")).stream().map(PlanReader::shift).toList(),
                plan.objects("departments", true, labelledBy("department", "id")).stream()
                        .map(d -> new Department(d.text("id"), d.text("name", d.text("id")))).toList(),
                plan.objects("stations", true, labelledBy("station", "id")).stream().map(PlanReader::station).toList(),
                plan.objects("machines", false, labelledBy("machine", "id")).stream()
                        .map(m -> new Machine(m.text("id"), m.text("station"), m.number("rated_kw"))).toList(),
                plan.objects("routes", false, PlanReader::routeLabel).stream().map(PlanReader::route).toList(),
                plan.objects("sensors", false, labelledBy("sensor", "id")).stream().map(PlanReader::sensor).toList());
    }

    /** How messages name a route: by its number in the list and its ends. */
    static String routeLabel(JsonNode route, int number) {
        return "route " + number + " (" + PlanEntry.textOf(route, "from").orElse("?")
                + " -> " + PlanEntry.textOf(route, "to").orElse("?") + ")";
    }

    private static BiFunction<JsonNode, Integer, String> labelledBy(String what, String idField) {
        return (node, number) -> what + " " + PlanEntry.textOf(node, idField)
                .map(id -> "\"" + id + "\"").orElse(String.valueOf(number));
    }

    private static ZoneId zone(PlanEntry plan) {
        String zone = plan.text("timezone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw plan.problem("unknown time zone \"" + zone + "\"");
        }
    }

    private static Size size(PlanEntry size) {
        return new Size(size.number("width"), size.number("height"));
    }

    private static Shift shift(PlanEntry shift) {
        return new Shift(shift.text("name"), shift.clockTime("start"), shift.clockTime("end"));
    }

    private static Station station(PlanEntry station) {
        String id = station.text("id");
        String kindName = station.text("kind");
        StationKind kind = StationKind.fromPlanName(kindName).orElseThrow(() -> station.problem(
                "unknown kind \"" + kindName + "\" (expected one of " + KINDS + ")"));
        return new Station(id, station.text("name", id), station.text("department"), kind,
                station.number("x"), station.number("y"), station.number("width"), station.number("height"),
                station.number("ideal_cycle_s"), station.wholeNumber("wip_limit"));
    }

    private static Route route(PlanEntry route) {
        List<Point> waypoints = new ArrayList<>();
        for (JsonNode point : route.array("waypoints", false)) {
            boolean pair = point.isArray() && point.size() == 2 && point.get(0).isNumber() && point.get(1).isNumber();
            if (!pair) {
                throw route.problem("waypoint " + (waypoints.size() + 1) + " is not an [x, y] pair: " + point);
            }
            waypoints.add(new Point(point.get(0).asDouble(), point.get(1).asDouble()));
        }
        return new Route(route.text("from"), route.text("to"), waypoints);
    }

    private static Sensor sensor(PlanEntry sensor) {
        return new Sensor(sensor.text("id"), sensor.text("station"), sensor.number("x"), sensor.number("y"),
                sensor.number("warn_c"), sensor.number("alarm_c"),
                sensor.number("deadband_c", Sensor.DEFAULT_DEADBAND_C),
                sensor.number("stale_after_s", Sensor.DEFAULT_STALE_AFTER_S));
    }
}
