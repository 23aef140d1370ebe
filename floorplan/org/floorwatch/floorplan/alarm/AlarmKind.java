package org.floorwatch.floorplan.alarm;

import java.util.Locale;

/**
 * The three kinds of alarm episode of contract section 8: a sensor's reading above normal ({@code heat}), a sensor
 * that fell silent ({@code stale}), a station holding at least its WIP limit ({@code wip}).
 */
public enum AlarmKind {
    HEAT, STALE, WIP;

    /** The word used in JSON and on screens. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the episode's source is a sensor (heat, stale) rather than a station (wip). */
    public boolean ofSensor() {
        return this != WIP;
    }
}
