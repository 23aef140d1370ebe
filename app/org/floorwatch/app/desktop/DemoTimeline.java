package org.floorwatch.app.desktop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;

/**
 * When the demo's one simulated floor runs. It starts at the first of {@code historyDays} production days of
 * history ({@code historyStart}); the history's files hold it up to {@code liveFrom}, the start of the production day
 * before the wall clock's; from there the same floor goes out live, its first {@code warmUp} at once, so the window
 * opens {@code warmUp} into that day ({@code opensAt}) on a floor already at work. The demo runs faster than the wall
 * clock, so it starts about a day behind it: at 30x the floor clock passes the wall clock after roughly an hour.
 *
 * @param floorDay     the production day the window opens on
 * @param historyStart where the simulated floor starts: the start of the history's first day
 * @param liveFrom     where the history's files end and the live stream begins: the start of {@code floorDay}
 * @param opensAt      the floor clock's time when the demo starts
 */
record DemoTimeline(LocalDate floorDay, Instant historyStart, Instant liveFrom, Instant opensAt) {

    static DemoTimeline of(FloorPlan plan, Instant wall, int historyDays, Duration warmUp) {
        ProductionCalendar calendar = ProductionCalendar.of(plan);
        LocalDate floorDay = calendar.productionDay(wall).minusDays(1);
        Instant liveFrom = calendar.dayStart(floorDay);
        return new DemoTimeline(floorDay, calendar.dayStart(floorDay.minusDays(historyDays)), liveFrom,
                liveFrom.plus(warmUp));
    }
}
