package org.floorwatch.floorplan.live;

import org.floorwatch.floorplan.FloorPlan.Sensor;

/**
 * A temperature against its sensor's limits. Ordered from calm to worst.
 *
 * <p>Contract section 8: a reading is {@code ALARM} at or above {@code alarm_c}, {@code WARN} at or above
 * {@code warn_c}, else {@code NORMAL}; but a sensor leaves a level downward only on a reading below that level's
 * limit minus {@code deadband_c}. So the level of a reading depends on the level before it ({@link #after}); a
 * reading below {@code warn_c - deadband_c} or at or above {@code alarm_c} decides the level on its own.
 */
public enum HeatLevel {
    NO_READING, NORMAL, WARN, ALARM;

    /** The level of a reading on its own, without the dead band: the first reading of a sensor. */
    public static HeatLevel of(Sensor sensor, double celsius) {
        if (celsius >= sensor.alarmC()) {
            return ALARM;
        }
        return celsius >= sensor.warnC() ? WARN : NORMAL;
    }

    /**
     * The sensor's level after a reading of {@code celsius}, when its level before it was {@code before}
     * ({@link #NO_READING} for its first reading): up at once, down only past the dead band, one level at a time
     * per limit crossed.
     */
    public static HeatLevel after(HeatLevel before, Sensor sensor, double celsius) {
        HeatLevel level = of(sensor, celsius);
        if (level.compareTo(before) >= 0) {
            return level;
        }
        if (before == ALARM && celsius >= sensor.alarmC() - sensor.deadbandC()) {
            return ALARM;
        }
        if (before.compareTo(WARN) >= 0 && celsius >= sensor.warnC() - sensor.deadbandC()) {
            return WARN;
        }
        return level;
    }

    /** Whether a reading of {@code celsius} sets the level whatever came before it (see {@link #after}). */
    public static boolean decidesAlone(Sensor sensor, double celsius) {
        return celsius >= sensor.alarmC() || celsius < sensor.warnC() - sensor.deadbandC();
    }

    public HeatLevel worst(HeatLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
