package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * What the heat overlay shows: the WIP at the instant on screen, the time-weighted mean WIP over a span that ends
 * there (shift and production day follow the site's calendar), or over spans chosen by hand.
 */
public enum HeatSpan {
    LIVE("WIP"),
    LAST_15_MIN("Last 15 min"),
    LAST_HOUR("Last hour"),
    THIS_SHIFT("This shift"),
    THIS_DAY("This production day"),
    /** A span (and one to compare it with) chosen by hand: see {@link ChosenSpans}. */
    CHOSEN("Choose span\u2026");

    /** A period {@code [from, to)} and the legend's words for it. */
    public record Period(Instant from, Instant to, String label) { }

    private final String title;

    HeatSpan(String title) {
        this.title = title;
    }

    /** The selector's words. */
    public String title() {
        return title;
    }

    /** The period ending at {@code asOf}; empty for {@link #LIVE}, {@link #CHOSEN} and a period with no length yet. */
    public Optional<Period> period(ProductionCalendar calendar, Instant asOf) {
        Period period = switch (this) {
            case LIVE -> null;
            case LAST_15_MIN -> new Period(asOf.minus(Duration.ofMinutes(15)), asOf, "Avg WIP, last 15 min");
            case LAST_HOUR -> new Period(asOf.minus(Duration.ofHours(1)), asOf, "Avg WIP, last hour");
            case THIS_SHIFT -> {
                ShiftSlot shift = calendar.shiftAt(asOf);
                yield new Period(shift.start(), asOf, "Avg WIP, shift " + shift.shift().name() + " of " + shift.day());
            }
            case THIS_DAY -> {
                var day = calendar.productionDay(asOf);
                yield new Period(calendar.dayStart(day), asOf, "Avg WIP, production day " + day);
            }
            case CHOSEN -> null;
        };
        return Optional.ofNullable(period).filter(p -> p.to().isAfter(p.from()));
    }

    @Override
    public String toString() {
        return title;
    }
}
