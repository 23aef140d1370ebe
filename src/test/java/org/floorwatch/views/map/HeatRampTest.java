package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatRampTest {

    @Test
    void nothingIsTransparentAndMoreIsEverMoreOpaque() {
        assertThat(HeatRamp.argb(0) >>> 24).isZero();
        assertThat(HeatRamp.argb(Double.NaN) >>> 24).isZero();
        int previous = -1;
        for (int i = 1; i <= 100; i++) {
            int alpha = HeatRamp.argb(i / 100.0) >>> 24;
            assertThat(alpha).isGreaterThanOrEqualTo(previous);
            previous = alpha;
        }
        assertThat(previous).isEqualTo((int) Math.round(MapPalette.HEAT_MAX_OPACITY * 255));
    }

    @Test
    void theRampStaysCoolSoItNeverReadsAsAWarningOrAlarm() {
        for (int i = 5; i <= 100; i++) {
            int argb = HeatRamp.argb(i / 100.0);
            int red = argb >> 16 & 0xff;
            int blue = argb & 0xff;
            assertThat(blue).as("value %d%%", i).isGreaterThan(red);
        }
    }
}
