package org.floorwatch.floorplan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan.Shift;

/**
 * A site's production days, shifts and local hours on the time line (contract section 1).
 * Production day D runs from the first shift's start on local date D (included) to the same on D+1
 * (excluded), so it lasts 23 or 25 hours across a daylight-saving change. A local start time that
 * falls in a gap moves forward by the gap; one that occurs twice takes the earlier instant.
 */
public final class ProductionCalendar {

    /**
     * One shift worked on one production day: the instants it runs from (included) to (excluded).
     * A night shift belongs to the production day on which it starts.
     */
    public record ShiftSlot(LocalDate day, Shift shift, Instant start, Instant end) {

        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }

        /** Elapsed time, so a 12-hour night shift lasts 13 hours on the night the clocks go back. */
        public Duration duration() {
            return Duration.between(start, end);
        }
    }

    private static final DateTimeFormatter HOUR_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH':00'");

    private final ZoneId zone;
    private final List<Shift> shifts;
    private final List<Duration> startOffsets;

    /** @param shifts in order, tiling the 24 hours as {@link FloorPlanLoader} guarantees; the first starts the day */
    public ProductionCalendar(ZoneId zone, List<Shift> shifts) {
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("a production calendar needs at least one shift");
        }
        this.zone = zone;
        this.shifts = List.copyOf(shifts);
        List<Duration> offsets = new ArrayList<>();
        Duration offset = Duration.ZERO;
        for (Shift shift : this.shifts) {
            offsets.add(offset);
            offset = offset.plus(ShiftRules.length(shift));
        }
        this.startOffsets = List.copyOf(offsets);
    }

    public static ProductionCalendar of(FloorPlan plan) {
        return new ProductionCalendar(plan.timezone(), plan.shifts());
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant dayStart(LocalDate productionDay) {
        return at(productionDay.atTime(firstShiftStart()));
    }

    /** The start of the next production day (excluded from this one). */
    public Instant dayEnd(LocalDate productionDay) {
        return dayStart(productionDay.plusDays(1));
    }

    public LocalDate productionDay(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, zone);
        while (instant.isBefore(dayStart(day))) {
            day = day.minusDays(1);
        }
        while (!instant.isBefore(dayEnd(day))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The day's shifts in order; together they cover the production day exactly. */
    public List<ShiftSlot> shifts(LocalDate productionDay) {
        LocalDateTime dayStartLocal = productionDay.atTime(firstShiftStart());
        List<ShiftSlot> slots = new ArrayList<>();
        Instant start = dayStart(productionDay);
        for (int i = 0; i < shifts.size(); i++) {
            Instant end = i + 1 < shifts.size()
                    ? at(dayStartLocal.plus(startOffsets.get(i + 1)))
                    : dayEnd(productionDay);
            end = end.isBefore(start) ? start : end;
            slots.add(new ShiftSlot(productionDay, shifts.get(i), start, end));
            start = end;
        }
        return slots;
    }

    public Optional<ShiftSlot> shift(LocalDate productionDay, String shiftName) {
        return shifts(productionDay).stream().filter(slot -> slot.shift().name().equals(shiftName)).findFirst();
    }

    public ShiftSlot shiftAt(Instant instant) {
        return shifts(productionDay(instant)).stream()
                .filter(slot -> slot.contains(instant))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no shift holds " + instant));
    }

    /** The local hour of an instant as {@code yyyy-MM-ddTHH:00}; the hour repeated when clocks go back is one key. */
    public String localHourKey(Instant instant) {
        return HOUR_KEY.format(LocalDateTime.ofInstant(instant, zone));
    }

    /**
     * Cuts [from, to) at every change of local hour: the first element is {@code from}, each next one
     * the instant a new local hour begins. Each slice holds one {@link #localHourKey}; the hour repeated
     * when clocks go back is one slice of two real hours, the hour skipped when they go forward is none.
     */
    public List<Instant> hourStarts(Instant from, Instant to) {
        List<Instant> starts = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); ) {
            starts.add(t);
            t = at(LocalDateTime.ofInstant(t, zone).truncatedTo(ChronoUnit.HOURS).plusHours(1));
        }
        return starts;
    }

    /**
     * Cuts [from, to) at every hour on the clock: like {@link #hourStarts} but the hour repeated when clocks go back
     * is two slices (one per UTC offset), so every slice lasts at most one real hour; the skipped hour is none.
     */
    public List<Instant> clockHourStarts(Instant from, Instant to) {
        List<Instant> starts = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); ) {
            starts.add(t);
            t = t.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
        }
        return starts;
    }

    private LocalTime firstShiftStart() {
        return shifts.get(0).start();
    }

    private Instant at(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }
}
