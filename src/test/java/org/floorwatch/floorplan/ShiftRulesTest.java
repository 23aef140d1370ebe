package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {

    private static FloorPlan withShifts(String... nameStartEnd) {
        ObjectNode json = TestPlans.valid();
        TestPlans.shifts(json, nameStartEnd);
        return TestPlans.parse(json);
    }

    @Test
    void acceptsShiftsThatTileTheDayInAnyNumberAndStart() {
        assertThat(withShifts("Day", "07:00", "19:00", "Night", "19:00", "07:00").shifts()).hasSize(2);
        assertThat(withShifts("All", "06:00", "06:00").shifts()).hasSize(1);
        assertThat(withShifts("N", "22:00", "06:00", "E", "06:00", "14:00", "L", "14:00", "22:00").shifts()).hasSize(3);
        assertThat(withShifts("A", "00:00", "12:00", "B", "12:00", "24:00").shifts().get(1).end())
                .isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void needsAtLeastOneShift() {
        assertThatThrownBy(() -> withShifts())
                .hasMessage("floor plan site.json: shifts: at least one shift is required");
    }

    @Test
    void namesMustBeUnique() {
        assertThatThrownBy(() -> withShifts("A", "06:00", "18:00", "A", "18:00", "06:00"))
                .hasMessage("floor plan site.json: shift \"A\": duplicate name");
    }

    @Test
    void refusesAGapBetweenShifts() {
        assertThatThrownBy(() -> withShifts("A", "06:00", "14:00", "B", "14:30", "22:00", "C", "22:00", "06:00"))
                .hasMessage("floor plan site.json: shift \"A\": ends at 14:00 but the next shift \"B\" starts at 14:30;"
                        + " the shifts must cover the 24 hours with no gap or overlap");
    }

    @Test
    void refusesAnOverlapBetweenShifts() {
        assertThatThrownBy(() -> withShifts("A", "06:00", "14:00", "B", "13:00", "22:00", "C", "22:00", "06:00"))
                .hasMessageContaining("shift \"A\": ends at 14:00 but the next shift \"B\" starts at 13:00");
    }

    @Test
    void refusesALastShiftThatDoesNotMeetTheFirst() {
        assertThatThrownBy(() -> withShifts("A", "06:00", "14:00", "B", "14:00", "22:00", "C", "22:00", "05:00"))
                .hasMessageContaining("shift \"C\": ends at 05:00 but the first shift \"A\" starts at 06:00");
        assertThatThrownBy(() -> withShifts("Day", "06:00", "18:00"))
                .hasMessageContaining("shift \"Day\": ends at 18:00 but the first shift \"Day\" starts at 06:00");
    }

    @Test
    void refusesShiftsThatGoRoundTheClockMoreThanOnce() {
        assertThatThrownBy(() -> withShifts("A", "06:00", "14:00", "B", "14:00", "06:00", "C", "06:00", "06:00"))
                .hasMessage("floor plan site.json: shift \"C\": overlaps shift \"A\"; in order the shifts cover"
                        + " more than 24 hours");
        assertThatThrownBy(() -> withShifts("A", "06:00", "22:00", "B", "22:00", "14:00", "C", "14:00", "06:00"))
                .hasMessageContaining("shift \"B\": overlaps shift \"A\"");
    }
}
