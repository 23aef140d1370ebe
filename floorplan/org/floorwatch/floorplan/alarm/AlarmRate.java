package org.floorwatch.floorplan.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How many episodes start per ten minutes, against EEMUA 191's target of about one per ten minutes for one operator.
 * A flood (ISA-18.2) is more than {@value #FLOOD_ABOVE} in ten minutes.
 */
public final class AlarmRate {

    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** EEMUA 191: an operator can handle about one new alarm per ten minutes in steady operation. */
    public static final int TARGET_PER_WINDOW = 1;
    /** ISA-18.2: more than ten new alarms in ten minutes is a flood. */
    public static final int FLOOD_ABOVE = 10;

    private AlarmRate() {
    }

    /** The most starts in [s, s + 10 min) for s one of the starts (sorted ascending); 0 for none (contract 8). */
    public static int maxPerWindow(List<Instant> sortedStarts) {
        int most = 0;
        int j = 0;
        for (int i = 0; i < sortedStarts.size(); i++) {
            Instant end = sortedStarts.get(i).plus(WINDOW);
            j = Math.max(j, i);
            while (j < sortedStarts.size() && sortedStarts.get(j).isBefore(end)) {
                j++;
            }
            most = Math.max(most, j - i);
        }
        return most;
    }

    /** Starts in the ten minutes up to {@code now}: (now - 10 min, now]. */
    public static int inLastWindow(List<Instant> starts, Instant now) {
        Instant from = now.minus(WINDOW);
        return (int) starts.stream().filter(s -> s.isAfter(from) && !s.isAfter(now)).count();
    }

    public static boolean isFlood(int inWindow) {
        return inWindow > FLOOD_ABOVE;
    }
}
