package org.floorwatch.floorplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/**
 * A valid plan to mutate in tests, one rule broken at a time: {@link SmallPlan} cut down to four stations in a line
 * (goods in, press, check, goods out, without rework and scrap), as "Test Works" on a 60 x 30 m floor, the last
 * route given an empty waypoint list.
 */
final class TestPlans {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> LEFT_OUT = Set.of("FIX", "BIN", "M-CHECK");

    private TestPlans() {
    }

    static ObjectNode valid() {
        ObjectNode plan;
        try {
            plan = (ObjectNode) JSON.readTree(SmallPlan.JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        plan.put("site", "Test Works");
        plan.putObject("size").put("width", 60.0).put("height", 30.0);
        leaveOut(plan.withArray("stations"), "id");
        leaveOut(plan.withArray("machines"), "id");
        leaveOut(plan.withArray("routes"), "from");
        leaveOut(plan.withArray("routes"), "to");
        entry(plan, "routes", 2).putArray("waypoints");
        return plan;
    }

    static ObjectNode station(ObjectNode plan, int index) {
        return (ObjectNode) plan.withArray("stations").get(index);
    }

    static ObjectNode entry(ObjectNode plan, String list, int index) {
        return (ObjectNode) plan.withArray(list).get(index);
    }

    static ArrayNode shifts(ObjectNode plan, String... nameStartEnd) {
        ArrayNode shifts = plan.putArray("shifts");
        for (int i = 0; i < nameStartEnd.length; i += 3) {
            shifts.addObject().put("name", nameStartEnd[i]).put("start", nameStartEnd[i + 1]).put("end", nameStartEnd[i + 2]);
        }
        return shifts;
    }

    private static void leaveOut(ArrayNode entries, String field) {
        Iterator<JsonNode> entry = entries.elements();
        while (entry.hasNext()) {
            if (LEFT_OUT.contains(entry.next().path(field).asText())) {
                entry.remove();
            }
        }
    }

    static FloorPlan parse(ObjectNode plan) {
        return FloorPlanLoader.parse(plan.toString(), "site.json");
    }
}
