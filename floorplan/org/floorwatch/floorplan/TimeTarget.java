package org.floorwatch.floorplan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * What a person types to go somewhere in the floor's history, read in the site's zone and calendar:
 * <ul>
 *   <li>{@code 2026-10-27}: that production day (as an instant, its start);</li>
 *   <li>{@code 2026-10-27 C}: shift C of that production day (a night shift belongs to the day it starts on);</li>
 *   <li>{@code 03:00} or {@code 03:00:30}: that local time on the production day shown now (before the day's first
 *       shift start: on the next calendar date, so 03:00 on the night shift);</li>
 *   <li>{@code 2026-10-27 03:00}, {@code 2026-10-27T03:00[:ss]}, or an ISO-8601 instant with an offset.</li>
 * </ul>
 * A span is one of the first two (the whole day or shift), or two instants {@code FROM/TO}.
 */
public final class TimeTarget {

    /** A span of time {@code [from, to)} and its words. */
    public record Span(Instant from, Instant to, String label) {
        public Duration length() {
            return Duration.between(from, to);
        }
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s+(\\S+))?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

    private final ProductionCalendar calendar;
    private final SiteTime time;
    private final FloorPlan plan;

    public TimeTarget(FloorPlan plan) {
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
        this.time = new SiteTime(plan.timezone());
    }

    /**
     * The instant {@code text} names, {@code shown} being the instant on screen now (for a time of day alone).
     *
     * @throws IllegalArgumentException with words for the user
     */
    public Instant instant(String text, Instant shown) {
        String trimmed = text.trim();
        Matcher day = DAY.matcher(trimmed);
        if (day.matches() && (day.group(2) == null || !TIME.matcher(day.group(2)).matches())) {
            return span(day).from();
        }
        if (TIME.matcher(trimmed).matches()) {
            LocalTime clock = LocalTime.parse(trimmed.length() == 4 ? "0" + trimmed : trimmed);
            LocalDate date = calendar.productionDay(shown);
            Instant at = time.parse(date.atTime(clock).toString());
            return at.isBefore(calendar.dayStart(date)) ? time.parse(date.plusDays(1).atTime(clock).toString()) : at;
        }
        return time.parse(trimmed.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})\\s+", "$1T"));
    }

    /**
     * The span {@code text} names: a production day, a shift, or {@code FROM/TO} (each end as {@link #instant}).
     *
     * @throws IllegalArgumentException with words for the user
     */
    public Span span(String text, Instant shown) {
        String trimmed = text.trim();
        Matcher day = DAY.matcher(trimmed);
        if (day.matches() && (day.group(2) == null || !TIME.matcher(day.group(2)).matches())) {
            return span(day);
        }
        String[] ends = trimmed.split("/", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a span: write a production day (2026-10-27), a "
                    + "shift (2026-10-27 C) or FROM/TO");
        }
        Instant from = instant(ends[0], shown);
        Instant to = instant(ends[1], shown);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the span ends (" + ends[1].trim() + ") before it starts ("
                    + ends[0].trim() + ")");
        }
        return new Span(from, to, label(from) + " to " + label(to));
    }

    /** The shift that holds {@code at}, whole. */
    public Span shiftOf(Instant at) {
        ShiftSlot slot = calendar.shiftAt(at);
        return new Span(slot.start(), slot.end(), shiftLabel(slot));
    }

    /** The shift {@code steps} shifts before (negative) or after {@code at}'s, whole. */
    public Span shiftBefore(Instant at, int steps) {
        ShiftSlot slot = calendar.shiftAt(at);
        Instant probe = slot.start();
        for (int i = 0; i < Math.abs(steps); i++) {
            probe = steps < 0 ? calendar.shiftAt(probe.minusNanos(1_000)).start() : calendar.shiftAt(probe).end();
        }
        return shiftOf(probe);
    }

    /** The same shift as the one that holds {@code at}, a production day earlier, whole. */
    public Span sameShiftDayBefore(Instant at) {
        ShiftSlot slot = calendar.shiftAt(at);
        ShiftSlot before = calendar.shift(slot.day().minusDays(1), slot.shift().name()).orElseThrow();
        return new Span(before.start(), before.end(), shiftLabel(before));
    }

    /** The shift that holds {@code at} in the words {@link #span} reads: {@code 2026-10-27 C}. */
    public String shiftWords(Instant at) {
        ShiftSlot slot = calendar.shiftAt(at);
        return slot.day() + " " + slot.shift().name();
    }

    /** {@code at} moved by {@code shifts} shifts, at the same time into its shift (at most the new shift's length). */
    public Instant stepShifts(Instant at, int shifts) {
        ShiftSlot now = calendar.shiftAt(at);
        Span target = shiftBefore(at, shifts);
        Instant moved = target.from().plus(Duration.between(now.start(), at));
        return moved.isBefore(target.to()) ? moved : target.to().minusSeconds(1);
    }

    /** Local words for an instant: {@code Tue 27 Oct 03:00}. */
    public String label(Instant at) {
        return String.format(Locale.ROOT, "%1$ta %1$te %1$tb %1$tH:%1$tM", at.atZone(plan.timezone()));
    }

    private Span span(Matcher day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day.group(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + day.group(1) + "' is not a date (yyyy-MM-dd)", e);
        }
        if (day.group(2) == null) {
            return new Span(calendar.dayStart(date), calendar.dayEnd(date), "production day " + date);
        }
        Optional<ShiftSlot> slot = plan.shifts().stream().filter(s -> s.name().equalsIgnoreCase(day.group(2)))
                .findFirst().flatMap(s -> calendar.shift(date, s.name()));
        return slot.map(s -> new Span(s.start(), s.end(), shiftLabel(s))).orElseThrow(() ->
                new IllegalArgumentException("'" + day.group(2) + "' is not a shift of the plan"));
    }

    private static String shiftLabel(ShiftSlot slot) {
        return "shift " + slot.shift().name() + " of " + slot.day();
    }
}
