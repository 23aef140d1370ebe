package org.floorwatch.localstore.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * What a report {@code --from A --to B} covers (contract section 1): production days A to B inclusive, that is
 * the instants from the start of day A (included) to the start of day B + 1 (excluded), with the shifts and
 * local hours inside. Its length is elapsed time, so a period holding the day the clocks go back is an hour longer.
 */
public final class ReportPeriod {

    private final LocalDate from;
    private final LocalDate to;
    private final ProductionCalendar calendar;
    private final Instant start;
    private final Instant end;

    private ReportPeriod(LocalDate from, LocalDate to, ProductionCalendar calendar) {
        this.from = from;
        this.to = to;
        this.calendar = calendar;
        this.start = calendar.dayStart(from);
        this.end = calendar.dayEnd(to);
    }

    /** @throws IllegalArgumentException if {@code to} is before {@code from} */
    public static ReportPeriod of(LocalDate from, LocalDate to, ProductionCalendar calendar) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        return new ReportPeriod(from, to, calendar);
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

    /** The instant after the period (excluded). */
    public Instant end() {
        return end;
    }

    /** Elapsed time from start to end. */
    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
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

    /** Where each local hour starts (see {@link ProductionCalendar#hourStarts}). */
    public List<Instant> hourStarts() {
        return calendar.hourStarts(start, end);
    }

    /** The local hour of an instant, {@code yyyy-MM-ddTHH:00}. */
    public String hourKey(Instant instant) {
        return calendar.localHourKey(instant);
    }

    @Override
    public String toString() {
        return from + " .. " + to + " (" + start + " .. " + end + ")";
    }
}
