package org.floorwatch.floorplan.alarm;

import java.util.Locale;
import org.floorwatch.floorplan.live.HeatLevel;

/** The level of an episode: the highest heat level it reached, or {@code ALARM} for a station over its WIP limit. */
public enum AlarmLevel {
    WARN, ALARM;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The episode level of a heat level above normal. */
    public static AlarmLevel of(HeatLevel level) {
        return switch (level) {
            case WARN -> WARN;
            case ALARM -> ALARM;
            default -> throw new IllegalArgumentException("no episode at heat level " + level);
        };
    }
}
