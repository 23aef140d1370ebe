package org.floorwatch.floorplan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.regex.Pattern;

/**
 * Instants as people at a site write and read them (contract section 7): in, an ISO-8601 instant with an offset
 * ({@code 2026-10-25T01:30:00+01:00}, {@code ...Z}) or a local {@code yyyy-MM-ddTHH:mm[:ss]} in the site's zone; out,
 * ISO-8601 with the site's offset at that instant ({@code +00:00} rather than {@code Z}). A local time that occurs
 * twice (the hour repeated when clocks go back) is its earlier instant, one that falls in the skipped hour moves
 * forward by the gap, as {@link ProductionCalendar} does with shift starts.
 */
public final class SiteTime {

    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final DateTimeFormatter OUT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH:MM", "+00:00").toFormatter();

    private final ZoneId zone;

    public SiteTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Reads an instant with an offset, or a local date-time in the site's zone.
     *
     * @throws IllegalArgumentException naming the text and the forms accepted
     */
    public Instant parse(String text) {
        String trimmed = text.trim();
        try {
            if (LOCAL.matcher(trimmed).matches()) {
                return ZonedDateTime.of(LocalDateTime.parse(trimmed), zone).toInstant();
            }
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an instant: write an ISO-8601 instant with an offset "
                    + "(2026-11-02T06:15:00Z, 2026-10-25T01:30:00+01:00) or a local yyyy-MM-ddTHH:mm[:ss] in " + zone, e);
        }
    }

    /** ISO-8601 with the site's offset at {@code instant}; seconds always, fractions only when there are some. */
    public String format(Instant instant) {
        return OUT.format(instant.atZone(zone).toOffsetDateTime());
    }
}
