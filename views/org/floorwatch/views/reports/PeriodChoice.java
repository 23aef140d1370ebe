package org.floorwatch.views.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.report.ReportPeriod;

/**
 * The periods a report screen offers, in production days and shifts (contract section 1). A report covers whole
 * production days, so "this shift" is the production day the running shift belongs to, with its rows filtered to
 * that shift (see {@link ChosenPeriod#shift}).
 */
public enum PeriodChoice {
    TODAY("Today"),
    THIS_SHIFT("This shift"),
    YESTERDAY("Yesterday"),
    LAST_7_DAYS("Last 7 days"),
    RANGE("Range");

    private final String title;

    PeriodChoice(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * The period this choice means at floor time {@code now}; {@code from} and {@code to} are used by
     * {@link #RANGE} only.
     *
     * @throws IllegalArgumentException when a range misses a day or ends before it starts
     */
    public ChosenPeriod resolve(ProductionCalendar calendar, Instant now, LocalDate from, LocalDate to) {
        LocalDate today = calendar.productionDay(now);
        return switch (this) {
            case TODAY -> new ChosenPeriod(this, ReportPeriod.day(today, calendar), null);
            case THIS_SHIFT -> {
                ShiftSlot slot = calendar.shiftAt(now);
                yield new ChosenPeriod(this, ReportPeriod.day(slot.day(), calendar), slot.shift().name());
            }
            case YESTERDAY -> new ChosenPeriod(this, ReportPeriod.day(today.minusDays(1), calendar), null);
            case LAST_7_DAYS -> new ChosenPeriod(this, ReportPeriod.of(today.minusDays(6), today, calendar), null);
            case RANGE -> {
                if (from == null || to == null) {
                    throw new IllegalArgumentException("pick the first and the last production day");
                }
                yield new ChosenPeriod(this, ReportPeriod.of(from, to, calendar), null);
            }
        };
    }
}
