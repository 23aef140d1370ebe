package org.floorwatch.floorplan.alarm;

import java.util.Locale;

/**
 * How urgently an operator should act on an alarm (ISA-18.2): heat at {@code alarm} level is high, heat at
 * {@code warn} and a silent sensor medium, a station over its WIP limit low. Ordered from most to least urgent.
 */
public enum AlarmPriority {
    HIGH, MEDIUM, LOW;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlarmPriority of(AlarmKind kind, AlarmLevel level) {
        return switch (kind) {
            case HEAT -> level == AlarmLevel.ALARM ? HIGH : MEDIUM;
            case STALE -> MEDIUM;
            case WIP -> LOW;
        };
    }
}
