package org.floorwatch.floorplan.live;

import org.floorwatch.floorplan.FloorPlan.Sensor;

/** A temperature against its sensor's limits. Ordered from calm to worst. */
public enum HeatLevel {
    NO_READING, NORMAL, WARN, ALARM;

    public static HeatLevel of(Sensor sensor, double celsius) {
        if (celsius >= sensor.alarmC()) {
            return ALARM;
        }
        return celsius >= sensor.warnC() ? WARN : NORMAL;
    }

    public HeatLevel worst(HeatLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
