package org.floorwatch.localstore.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * What a report {@code --from A --to B} covers (contract section 1): production days A to B inclusive, that is
 * the instants from the start of day A (included) to the start of day B + 1 (excluded), with the shifts and
 * local hours inside. Its length is elapsed time, so a period holding the day the clocks go back is an hour longer.
 *
 * <p>A period that holds the present is reported <em>so far</em> ({@link #soFar}): its figures end at now
 * ({@link #end}, the planned time is {@link #length} up to now, WIP "at the end" is WIP now, rates and means are
 * over the time gone by), while its days, shifts and hours stay whole ({@link #closes}). A past (or future) period is
 * the contract's, whole.
 */
public final class ReportPeriod {

    private final LocalDate from;
    private final LocalDate to;
    private final ProductionCalendar calendar;
    private final Instant start;
    private final Instant end;
    private final Instant closes;

    private ReportPeriod(LocalDate from, LocalDate to, ProductionCalendar calendar, Instant cut) {
        this.from = from;
        this.to = to;
        this.calendar = calendar;
        this.start = calendar.dayStart(from);
        this.closes = calendar.dayEnd(to);
        this.end = cut == null ? closes : cut;
    }

    /** @throws IllegalArgumentException if {@code to} is before {@code from} */
    public static ReportPeriod of(LocalDate from, LocalDate to, ProductionCalendar calendar) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        return new ReportPeriod(from, to, calendar, null);
    }

    /** One production day. */
    public static ReportPeriod day(LocalDate day, ProductionCalendar calendar) {
        return of(day, day, calendar);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public ProductionCalendar calendar() {
        return calendar;
    }

    /** The first instant of the period (included). */
    public Instant start() {
        return start;
    }

    /**
     * The same days reported so far when they hold {@code now} (after their first instant): figures end at now,
     * to the microsecond. Otherwise the period itself, whole.
     */
    public ReportPeriod soFar(Instant now) {
        Instant cut = now.truncatedTo(ChronoUnit.MICROS);
        return cut.isAfter(start) && cut.isBefore(closes) ? new ReportPeriod(from, to, calendar, cut) : this;
    }

    /** Whether the figures end at a present inside the period rather than at its end. */
    public boolean isSoFar() {
        return end.isBefore(closes);
    }

    /** Where the figures end (excluded): the period's end, or now for a period reported so far. */
    public Instant end() {
        return end;
    }

    /** The instant after the period's last day (excluded), whether or not it is reported so far. */
    public Instant closes() {
        return closes;
    }

    /** Elapsed time from start to {@link #end}: the planned time of the figures. */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** Whether the instant falls in the period's days (so far or not). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(closes);
    }

    /** The production days from {@code from} to {@code to}, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** Every shift of every day, in time order; together they cover the period exactly. */
    public List<ShiftSlot> shifts() {
        List<ShiftSlot> slots = new ArrayList<>();
        days().forEach(day -> slots.addAll(calendar.shifts(day)));
        return slots;
    }

    /** Where each local hour of the period's days starts (see {@link ProductionCalendar#hourStarts}). */
    public List<Instant> hourStarts() {
        return calendar.hourStarts(start, closes);
    }

    /** The local hour of an instant, {@code yyyy-MM-ddTHH:00}. */
    public String hourKey(Instant instant) {
        return calendar.localHourKey(instant);
    }

    @Override
    public String toString() {
        return from + " .. " + to + " (" + start + " .. " + closes + (isSoFar() ? ", so far to " + end : "") + ")";
    }
}
