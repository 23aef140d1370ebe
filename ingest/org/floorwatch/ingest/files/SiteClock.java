package org.floorwatch.ingest.files;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * Files' local dates and times on the time line, in the site's zone (contract section 1). A local time that falls
 * in a daylight-saving gap moves forward by the gap; one that occurs twice takes the earlier instant (as the
 * {@link ProductionCalendar} does), except for an end that would then come before its start (see
 * {@link #atOrAfter}).
 */
final class SiteClock {

    private final FloorPlan plan;
    private final ProductionCalendar calendar;

    SiteClock(FloorPlan plan) {
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
    }

    Instant at(LocalDateTime local) {
        return ZonedDateTime.of(local, plan.timezone()).toInstant();
    }

    /**
     * The instant showing {@code local}, taking the later of two (the hour repeated when clocks go back) if the
     * earlier one is before {@code notBefore}: an end written after its start in that hour.
     */
    Instant atOrAfter(LocalDateTime local, Instant notBefore) {
        ZonedDateTime earlier = ZonedDateTime.of(local, plan.timezone());
        return earlier.toInstant().isBefore(notBefore) ? earlier.withLaterOffsetAtOverlap().toInstant()
                : earlier.toInstant();
    }

    LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, plan.timezone());
    }

    /** The shift {@code name} (matched case-insensitively) worked on production day {@code day}. */
    ShiftSlot shift(LocalDate day, String name) {
        return plan.shifts().stream().filter(shift -> shift.name().equalsIgnoreCase(name)).findFirst()
                .flatMap(shift -> calendar.shift(day, shift.name()))
                .orElseThrow(() -> new BadCellException("Shift '" + name + "' is not a shift of the floor plan ("
                        + plan.shifts().stream().map(FloorPlan.Shift::name).collect(Collectors.joining(", ")) + ")"));
    }

    /** The instant showing {@code time} that is nearest {@code target}: a clock-in near its shift's start. */
    Instant nearest(LocalTime time, Instant target) {
        LocalDate date = localDate(target);
        return Stream.of(date.minusDays(1), date, date.plusDays(1))
                .map(d -> at(d.atTime(time)))
                .min(Comparator.comparing(candidate -> Math.abs(candidate.getEpochSecond() - target.getEpochSecond())))
                .orElseThrow();
    }

    /** Refuses a machine the plan does not know. */
    String knownMachine(String machine) {
        if (plan.machine(machine).isEmpty()) {
            throw new BadCellException("machine '" + machine + "' is not in the floor plan");
        }
        return machine;
    }
}
