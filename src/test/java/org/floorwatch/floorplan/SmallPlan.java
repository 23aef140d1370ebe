package org.floorwatch.floorplan;

/**
 * A small site used across tests: goods in, a press, a check with rework and scrap, goods out. Europe/London
 * with shifts 06-14-22-06, so daylight-saving days are easy to build.
 */
public final class SmallPlan {

    public static final String JSON = """
            {
              "site": "Small Works",
              "timezone": "Europe/London",
              "size": {"width": 80.0, "height": 40.0},
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
                {"id": "FIX", "name": "Rework", "department": "QA", "kind": "rework",
                 "x": 28.0, "y": 24.0, "width": 6.0, "height": 4.0, "ideal_cycle_s": 60},
                {"id": "OUT", "name": "Goods Out", "department": "MAIN", "kind": "exit",
                 "x": 40.0, "y": 10.0, "width": 6.0, "height": 4.0, "ideal_cycle_s": 5},
                {"id": "BIN", "name": "Scrap", "department": "QA", "kind": "scrap",
                 "x": 40.0, "y": 24.0, "width": 6.0, "height": 4.0, "ideal_cycle_s": 5}
              ],
              "machines": [{"id": "M-PRESS", "station": "PRESS", "rated_kw": 22.5},
                           {"id": "M-CHECK", "station": "CHECK", "rated_kw": 4.0}],
              "routes": [
                {"from": "IN", "to": "PRESS", "waypoints": [[8.0, 12.0], [14.0, 12.0]]},
                {"from": "PRESS", "to": "CHECK"},
                {"from": "CHECK", "to": "OUT"},
                {"from": "CHECK", "to": "FIX"},
                {"from": "FIX", "to": "CHECK"},
                {"from": "CHECK", "to": "BIN"}
              ],
              "sensors": [{"id": "HS-PRESS", "station": "PRESS", "x": 15.0, "y": 11.0,
                           "warn_c": 60.0, "alarm_c": 75.0}]
            }
            """;

    private SmallPlan() {
    }

    public static FloorPlan plan() {
        return FloorPlanLoader.parse(JSON, "small-works.json");
    }

    /**
     * The same site with the optional limits of contract section 8: PRESS holds at most 3 parts ({@code wip_limit}),
     * and a second sensor HS-CHECK (warn 40, alarm 50) has a dead band of 2.0 and goes stale after 120 s; HS-PRESS
     * keeps the defaults (dead band 1.0, stale after 300 s).
     */
    public static FloorPlan withAlarmLimits() {
        return FloorPlanLoader.parse(withAlarmLimitsJson(), "small-works-alarms.json");
    }

    /** The JSON of {@link #withAlarmLimits}. */
    public static String withAlarmLimitsJson() {
        return JSON.replace("\"ideal_cycle_s\": 40}", "\"ideal_cycle_s\": 40, \"wip_limit\": 3}")
                .replace("\"warn_c\": 60.0, \"alarm_c\": 75.0}]", "\"warn_c\": 60.0, \"alarm_c\": 75.0},\n"
                        + "  {\"id\": \"HS-CHECK\", \"station\": \"CHECK\", \"x\": 29.0, \"y\": 11.0, \"warn_c\": 40.0, "
                        + "\"alarm_c\": 50.0, \"deadband_c\": 2.0, \"stale_after_s\": 120}]");
    }
}
