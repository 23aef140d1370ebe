package org.floorwatch.floorplan.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.floorplan.live.HeatLevel.ALARM;
import static org.floorwatch.floorplan.live.HeatLevel.NORMAL;
import static org.floorwatch.floorplan.live.HeatLevel.NO_READING;
import static org.floorwatch.floorplan.live.HeatLevel.WARN;

import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.junit.jupiter.api.Test;

/** Contract section 8's levels with the dead band: warn at 60, alarm at 75, dead band 2. */
class HeatLevelTest {

    private static final Sensor SENSOR = new Sensor("HS-1", "S1", 0, 0, 60, 75, 2, 300);

    @Test
    void aFirstReadingIsJudgedOnItsOwn() {
        assertThat(HeatLevel.after(NO_READING, SENSOR, 59.9)).isEqualTo(NORMAL);
        assertThat(HeatLevel.after(NO_READING, SENSOR, 60)).isEqualTo(WARN);
        assertThat(HeatLevel.after(NO_READING, SENSOR, 75)).isEqualTo(ALARM);
    }

    @Test
    void levelsRiseAtOnceAndFallOnlyPastTheDeadBand() {
        // 61 warn; 59 stays warn (not below 60 - 2 = 58); 58 stays (not below 58); 57.9 normal; 76 alarm straight
        // from normal; 73.5 stays alarm (not below 73); 72.9 leaves alarm for warn (58 <= 72.9); 57 normal.
        assertThat(levels(61, 59, 58, 57.9, 76, 73.5, 73, 72.9, 57))
                .containsExactly(WARN, WARN, WARN, NORMAL, ALARM, ALARM, ALARM, WARN, NORMAL);
    }

    @Test
    void fromAlarmAReadingBelowBothBandsGoesStraightToNormal() {
        assertThat(levels(80, 57.5)).containsExactly(ALARM, NORMAL);
        assertThat(levels(80, 58)).containsExactly(ALARM, WARN);
    }

    @Test
    void aZeroDeadBandIsThePlainLevel() {
        Sensor noBand = new Sensor("HS-2", "S1", 0, 0, 60, 75, 0, 300);
        assertThat(HeatLevel.after(ALARM, noBand, 74.99)).isEqualTo(WARN);
        assertThat(HeatLevel.after(WARN, noBand, 59.99)).isEqualTo(NORMAL);
    }

    @Test
    void readingsThatDecideAlone() {
        assertThat(HeatLevel.decidesAlone(SENSOR, 75)).isTrue();
        assertThat(HeatLevel.decidesAlone(SENSOR, 57.99)).isTrue();
        assertThat(HeatLevel.decidesAlone(SENSOR, 58)).isFalse();
        assertThat(HeatLevel.decidesAlone(SENSOR, 74.99)).isFalse();
        for (HeatLevel before : HeatLevel.values()) {
            assertThat(HeatLevel.after(before, SENSOR, 57.99)).isEqualTo(NORMAL);
            assertThat(HeatLevel.after(before, SENSOR, 75)).isEqualTo(ALARM);
        }
    }

    private static List<HeatLevel> levels(double... readings) {
        List<HeatLevel> levels = new ArrayList<>();
        HeatLevel level = NO_READING;
        for (double celsius : readings) {
            level = HeatLevel.after(level, SENSOR, celsius);
            levels.add(level);
        }
        return levels;
    }
}
