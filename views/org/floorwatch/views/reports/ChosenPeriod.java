package org.floorwatch.views.reports;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.floorwatch.localstore.report.ReportPeriod;

/**
 * What the period picker resolved to: the production days a report covers and, for "this shift", the shift its
 * rows are filtered to (null otherwise).
 */
public record ChosenPeriod(PeriodChoice choice, ReportPeriod period, String shift) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

    /** True while floor time {@code now} is inside the period: its figures still change. */
    public boolean holds(Instant now) {
        return period.contains(now);
    }

    /** Whether {@code other} covers the same production days and shift. */
    public boolean sameAs(ChosenPeriod other) {
        return other != null && period.from().equals(other.period.from()) && period.to().equals(other.period.to())
                && Objects.equals(shift, other.shift);
    }

    /** Says which production days (and shift) are shown and the local times they run between. */
    public String describe() {
        var zone = period.calendar().zone();
        String days = period.from().equals(period.to()) ? "Production day " + period.from()
                : "Production days " + period.from() + " to " + period.to() + " (" + period.days().size() + ")";
        String shiftPart = shift == null ? "" : " \u00b7 shift " + shift;
        return days + shiftPart + " \u00b7 " + LOCAL.format(period.start().atZone(zone)) + " \u2013 "
                + LOCAL.format(period.end().atZone(zone)) + " " + zone.getId();
    }
}
