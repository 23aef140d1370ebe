package org.floorwatch.floorplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small valid plan to mutate in tests, one rule broken at a time. */
final class TestPlans {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final String VALID = """
            {
              "site": "Test Works",
              "timezone": "Europe/London",
              "size": {"width": 60.0, "height": 30.0},
              "shifts": [
                {"name": "A", "start": "06:00", "end": "14:00"},
                {"name": "B", "start": "14:00", "end": "22:00"},
                {"name": "C", "start": "22:00", "end": "06:00"}
              ],
              "departments": [{"id": "MAIN", "name": "Main"}, {"id": "QA", "name": "Quality"}],
              "stations": [
                {"id": "IN", "name": "Goods In", "department": "MAIN", "kind": "entry",
                 "x": 2.0, "y": 10.0, "width": 6.0, "height": 4.0, "ideal_cycle_s": 10},
                {"id": "PRESS", "name": "Press", "department": "MAIN", "kind": "process",
                 "x": 14.0, "y": 10.0, "width": 8.0, "height": 5.0, "ideal_cycle_s": 40},
                {"id": "CHECK", "name": "Check", "department": "QA", "kind": "inspection",
                 "x": 28.0, "y": 10.0, "width": 6.0, "height": 4.0, "ideal_cycle_s": 20},
                {"id": "OUT", "name": "Goods Out", "department": "MAIN", "kind": "exit",
                 "x": 40.0, "y": 10.0, "width": 6.0, "height": 4.0, "ideal_cycle_s": 5}
              ],
              "machines": [{"id": "M-PRESS", "station": "PRESS", "rated_kw": 22.5}],
              "routes": [
                {"from": "IN", "to": "PRESS", "waypoints": [[8.0, 12.0], [14.0, 12.0]]},
                {"from": "PRESS", "to": "CHECK"},
                {"from": "CHECK", "to": "OUT", "waypoints": []}
              ],
              "sensors": [{"id": "HS-PRESS", "station": "PRESS", "x": 15.0, "y": 11.0,
                           "warn_c": 60.0, "alarm_c": 75.0}]
            }
            """;

    private TestPlans() {
    }

    static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree(VALID);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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

    static FloorPlan parse(ObjectNode plan) {
        return FloorPlanLoader.parse(plan.toString(), "site.json");
    }
}
