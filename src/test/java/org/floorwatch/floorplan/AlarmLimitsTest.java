package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The optional fields of contract section 2 that section 8's alarms use: wip_limit, deadband_c, stale_after_s. */
class AlarmLimitsTest {

    @Test
    void absentFieldsTakeTheContractsDefaults() {
        FloorPlan plan = TestPlans.parse(TestPlans.valid());

        assertThat(plan.station("PRESS").orElseThrow().wipLimit()).isEmpty();
        FloorPlan.Sensor sensor = plan.sensor("HS-PRESS").orElseThrow();
        assertThat(sensor.deadbandC()).isEqualTo(1.0);
        assertThat(sensor.staleAfterS()).isEqualTo(300.0);
    }

    @Test
    void readsTheFieldsWhenGiven() {
        ObjectNode json = TestPlans.valid();
        TestPlans.station(json, 1).put("wip_limit", 12);
        TestPlans.entry(json, "sensors", 0).put("deadband_c", 2.5).put("stale_after_s", 90);

        FloorPlan plan = TestPlans.parse(json);

        assertThat(plan.station("PRESS").orElseThrow().wipLimit()).isEqualTo(OptionalInt.of(12));
        assertThat(plan.sensor("HS-PRESS").orElseThrow().deadbandC()).isEqualTo(2.5);
        assertThat(plan.sensor("HS-PRESS").orElseThrow().staleAfterS()).isEqualTo(90.0);
    }

    @Test
    void aNullFieldMeansTheDefault() {
        ObjectNode json = TestPlans.valid();
        TestPlans.station(json, 1).putNull("wip_limit");
        TestPlans.entry(json, "sensors", 0).putNull("deadband_c");

        FloorPlan plan = TestPlans.parse(json);

        assertThat(plan.station("PRESS").orElseThrow().wipLimit()).isEmpty();
        assertThat(plan.sensor("HS-PRESS").orElseThrow().deadbandC()).isEqualTo(1.0);
    }

    @Test
    void refusesLimitsThatCannotBe() {
        ObjectNode fraction = TestPlans.valid();
        TestPlans.station(fraction, 1).put("wip_limit", 2.5);
        ObjectNode zero = TestPlans.valid();
        TestPlans.station(zero, 1).put("wip_limit", 0);
        ObjectNode negativeBand = TestPlans.valid();
        TestPlans.entry(negativeBand, "sensors", 0).put("deadband_c", -1);
        ObjectNode zeroStale = TestPlans.valid();
        TestPlans.entry(zeroStale, "sensors", 0).put("stale_after_s", 0);
        ObjectNode textStale = TestPlans.valid();
        TestPlans.entry(textStale, "sensors", 0).put("stale_after_s", "5m");

        assertThatThrownBy(() -> TestPlans.parse(fraction))
                .hasMessage("floor plan site.json: station \"PRESS\": field \"wip_limit\" must be a whole number, found 2.5");
        assertThatThrownBy(() -> TestPlans.parse(zero))
                .hasMessage("floor plan site.json: station \"PRESS\": wip_limit must be 1 or more, got 0");
        assertThatThrownBy(() -> TestPlans.parse(negativeBand))
                .hasMessage("floor plan site.json: sensor \"HS-PRESS\": deadband_c must not be negative, got -1.0");
        assertThatThrownBy(() -> TestPlans.parse(zeroStale))
                .hasMessage("floor plan site.json: sensor \"HS-PRESS\": stale_after_s must be positive, got 0.0");
        assertThatThrownBy(() -> TestPlans.parse(textStale))
                .hasMessage("floor plan site.json: sensor \"HS-PRESS\": field \"stale_after_s\" must be a number, "
                        + "found \"5m\"");
    }
}
