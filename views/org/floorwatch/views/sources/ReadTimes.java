package org.floorwatch.views.sources;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.floorwatch.views.FloorClock;

/**
 * How the Sources screen writes when something happened (a file read, a record received, a poll, an export): on the
 * floor clock, so a demo's screens share one time (a real site's floor clock is the wall clock), in the operator's
 * time zone.
 */
public record ReadTimes(FloorClock clock, ZoneId zone) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The wall clock in {@code zone}. */
    public static ReadTimes wall(ZoneId zone) {
        return new ReadTimes(FloorClock.wall(), zone);
    }

    /** {@code instant} (by the wall clock) as the floor clock read it then; empty for null. */
    String of(Instant instant) {
        return instant == null ? "" : WHEN.format(LocalDateTime.ofInstant(clock.at(instant), zone));
    }
}
