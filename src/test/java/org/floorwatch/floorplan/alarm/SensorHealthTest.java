package org.floorwatch.floorplan.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.junit.jupiter.api.Test;

/** The sensor health rules beside the alarms: flatline, out of range, and the EWMA chart's "unusual". */
class SensorHealthTest {

    private final Sensor sensor = new Sensor("HS-1", "PRESS", 0, 0, 60, 75);

    @Test
    void thirtyEqualReadingsRunningAreAFlatline() {
        SensorHealth health = new SensorHealth(sensor);
        for (int i = 0; i < 29; i++) {
            health.read(42.0);
        }
        assertThat(health.flags().flatline()).isFalse();

        health.read(42.0);
        assertThat(health.flags()).isEqualTo(new SensorHealth.Flags(true, false, false));
        assertThat(health.flags().words()).isEqualTo("flatline");

        health.read(42.1);
        assertThat(health.flags().any()).isFalse();
    }

    @Test
    void aReadingNoFloorReachesIsOutOfRange() {
        SensorHealth health = new SensorHealth(sensor);
        health.read(-60);
        assertThat(health.flags().outOfRange()).isTrue();
        health.read(499);
        assertThat(health.flags().outOfRange()).as("under max(500, 3 x 75)").isFalse();
        health.read(501);
        assertThat(health.flags().outOfRange()).isTrue();
    }

    @Test
    void aStepIsUnusualAndNoiseIsNot() {
        SensorHealth health = new SensorHealth(sensor);
        Random noise = new Random(3);
        boolean flagged = false;
        for (int i = 0; i < 500; i++) {
            health.read(40 + noise.nextGaussian() * 0.3);
            flagged |= health.flags().unusual();
        }
        assertThat(flagged).as("noise around a steady level").isFalse();

        health.read(43);
        health.read(43);
        assertThat(health.flags().unusual()).as("a 3 degree step").isTrue();
        for (int i = 0; i < 200; i++) {
            health.read(43 + noise.nextGaussian() * 0.3);
        }
        assertThat(health.flags().unusual()).as("the new level is the recent mean by now").isFalse();
    }
}
