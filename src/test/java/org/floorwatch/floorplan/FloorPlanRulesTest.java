package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloorPlanRulesTest {

    private static void assertRefused(Consumer<ObjectNode> breakRule, String detail) {
        ObjectNode json = TestPlans.valid();
        breakRule.accept(json);
        assertThatThrownBy(() -> TestPlans.parse(json))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("floor plan site.json: " + detail);
    }

    @Test
    void sizeMustBePositive() {
        assertRefused(p -> p.withObjectProperty("size").put("height", 0),
                "size: width and height must be positive, got 60.0 x 0.0");
    }

    @ParameterizedTest
    @CsvSource({"departments, department \"MAIN\"", "stations, station \"IN\"",
                "machines, machine \"M-PRESS\"", "sensors, sensor \"HS-PRESS\""})
    void idsMustBeUniqueWithinEachList(String list, String entry) {
        assertRefused(p -> p.withArray(list).add(p.withArray(list).get(0).deepCopy()), entry + ": duplicate id");
    }

    @Test
    void theSameIdMayBeUsedInDifferentLists() {
        ObjectNode json = TestPlans.valid();
        TestPlans.entry(json, "machines", 0).put("id", "PRESS");
        TestPlans.entry(json, "sensors", 0).put("id", "PRESS");
        TestPlans.parse(json);
    }

    @Test
    void stationMustBeInAKnownDepartment() {
        assertRefused(p -> TestPlans.station(p, 2).put("department", "LAB"),
                "station \"CHECK\": unknown department \"LAB\"");
    }

    @Test
    void stationRectangleMustHavePositiveSize() {
        assertRefused(p -> TestPlans.station(p, 1).put("width", -1.0),
                "station \"PRESS\": width and height must be positive, got -1.0 x 5.0");
    }

    @Test
    void idealCycleMustBePositive() {
        assertRefused(p -> TestPlans.station(p, 1).put("ideal_cycle_s", 0),
                "station \"PRESS\": ideal_cycle_s must be positive, got 0.0");
    }

    @Test
    void machineMustSitOnAKnownStation() {
        assertRefused(p -> TestPlans.entry(p, "machines", 0).put("station", "LATHE"),
                "machine \"M-PRESS\": unknown station \"LATHE\"");
    }

    @Test
    void machineRatedPowerMustNotBeNegative() {
        assertRefused(p -> TestPlans.entry(p, "machines", 0).put("rated_kw", -0.5),
                "machine \"M-PRESS\": rated_kw must not be negative, got -0.5");
    }

    @Test
    void routeMustJoinKnownStations() {
        assertRefused(p -> TestPlans.entry(p, "routes", 2).put("to", "DOCK"),
                "route 3 (CHECK -> DOCK): unknown station \"DOCK\"");
        assertRefused(p -> TestPlans.entry(p, "routes", 0).put("from", "GATE"),
                "route 1 (GATE -> PRESS): unknown station \"GATE\"");
    }

    @Test
    void routeMustJoinTwoDifferentStations() {
        assertRefused(p -> TestPlans.entry(p, "routes", 1).put("to", "PRESS"),
                "route 2 (PRESS -> PRESS): goes from a station to itself");
    }

    @Test
    void routeMustNotRepeat() {
        assertRefused(p -> p.withArray("routes").addObject().put("from", "PRESS").put("to", "CHECK"),
                "route 4 (PRESS -> CHECK): duplicate of route 2");
    }

    @Test
    void sensorMustSitOnAKnownStation() {
        assertRefused(p -> TestPlans.entry(p, "sensors", 0).put("station", "OVEN"),
                "sensor \"HS-PRESS\": unknown station \"OVEN\"");
    }

    @Test
    void sensorMustWarnBelowItsAlarm() {
        assertRefused(p -> TestPlans.entry(p, "sensors", 0).put("warn_c", 75.0),
                "sensor \"HS-PRESS\": warn_c 75.0 must be below alarm_c 75.0");
    }
}
