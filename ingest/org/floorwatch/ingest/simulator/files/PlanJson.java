package org.floorwatch.ingest.simulator.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.floorwatch.floorplan.FloorPlan;

/** Writes a floor plan back as the JSON of contract section 2, so the files come with the plan they were made for. */
final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private PlanJson() {
    }

    static void write(FloorPlan plan, Path file) throws IOException {
        JSON.writeValue(file.toFile(), tree(plan));
    }

    static ObjectNode tree(FloorPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("site", plan.site());
        root.put("timezone", plan.timezone().getId());
        root.putObject("size").put("width", plan.size().width()).put("height", plan.size().height());
        ArrayNode shifts = root.putArray("shifts");
        plan.shifts().forEach(s -> shifts.addObject().put("name", s.name())
                .put("start", CLOCK.format(s.start())).put("end", CLOCK.format(s.end())));
        ArrayNode departments = root.putArray("departments");
        plan.departments().forEach(d -> departments.addObject().put("id", d.id()).put("name", d.name()));
        ArrayNode stations = root.putArray("stations");
        plan.stations().forEach(s -> stations.addObject().put("id", s.id()).put("name", s.name())
                .put("department", s.department()).put("kind", s.kind().planName())
                .put("x", s.x()).put("y", s.y()).put("width", s.width()).put("height", s.height())
                .put("ideal_cycle_s", s.idealCycleS()));
        ArrayNode machines = root.putArray("machines");
        plan.machines().forEach(m -> machines.addObject().put("id", m.id()).put("station", m.station())
                .put("rated_kw", m.ratedKw()));
        ArrayNode routes = root.putArray("routes");
        plan.routes().forEach(r -> {
            ObjectNode route = routes.addObject().put("from", r.from()).put("to", r.to());
            ArrayNode waypoints = route.putArray("waypoints");
            r.waypoints().forEach(p -> waypoints.addArray().add(p.x()).add(p.y()));
        });
        ArrayNode sensors = root.putArray("sensors");
        plan.sensors().forEach(s -> sensors.addObject().put("id", s.id()).put("station", s.station())
                .put("x", s.x()).put("y", s.y()).put("warn_c", s.warnC()).put("alarm_c", s.alarmC()));
        return root;
    }
}
