package org.floorwatch.floorplan.alarm;

import java.time.Duration;
import java.time.Instant;
import org.floorwatch.floorplan.ProductionCalendar;

/** How long a source may be shelved: a quarter of an hour, an hour, or to the end of the shift under way. */
public enum ShelfTime {
    FIFTEEN_MINUTES("15 min"), ONE_HOUR("1 h"), REST_OF_SHIFT("rest of shift");

    private final String label;

    ShelfTime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** When a shelving started at {@code now} ends by itself. */
    public Instant until(Instant now, ProductionCalendar calendar) {
        return switch (this) {
            case FIFTEEN_MINUTES -> now.plus(Duration.ofMinutes(15));
            case ONE_HOUR -> now.plus(Duration.ofHours(1));
            case REST_OF_SHIFT -> calendar.shiftAt(now).end();
        };
    }
}
