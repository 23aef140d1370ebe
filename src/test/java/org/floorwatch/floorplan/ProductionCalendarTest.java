package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Shift;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.junit.jupiter.api.Test;

class ProductionCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate BEFORE_CLOCKS_GO_FORWARD = LocalDate.of(2026, 3, 28);
    private static final LocalDate BEFORE_CLOCKS_GO_BACK = LocalDate.of(2026, 10, 24);

    private static ProductionCalendar calendar(String... nameStartEnd) {
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < nameStartEnd.length; i += 3) {
            shifts.add(new Shift(nameStartEnd[i], LocalTime.parse(nameStartEnd[i + 1]), LocalTime.parse(nameStartEnd[i + 2])));
        }
        return new ProductionCalendar(LONDON, shifts);
    }

    private static final ProductionCalendar THREE_SHIFTS =
            calendar("A", "06:00", "14:00", "B", "14:00", "22:00", "C", "22:00", "06:00");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void anOrdinaryDayRunsFromTheFirstShiftsStartForTwentyFourHours() {
        LocalDate day = LocalDate.of(2026, 6, 10);

        assertThat(THREE_SHIFTS.dayStart(day)).isEqualTo(at("2026-06-10T05:00:00Z"));
        assertThat(THREE_SHIFTS.dayEnd(day)).isEqualTo(at("2026-06-11T05:00:00Z"));
        assertThat(THREE_SHIFTS.shifts(day)).extracting(ShiftSlot::start).containsExactly(
                at("2026-06-10T05:00:00Z"), at("2026-06-10T13:00:00Z"), at("2026-06-10T21:00:00Z"));
    }

    @Test
    void theDayTheClocksGoForwardLastsTwentyThreeHours() {
        List<ShiftSlot> shifts = THREE_SHIFTS.shifts(BEFORE_CLOCKS_GO_FORWARD);

        assertThat(Duration.between(THREE_SHIFTS.dayStart(BEFORE_CLOCKS_GO_FORWARD),
                THREE_SHIFTS.dayEnd(BEFORE_CLOCKS_GO_FORWARD))).hasHours(23);
        assertThat(shifts).extracting(ShiftSlot::duration)
                .containsExactly(Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(7));
        assertThat(shifts.get(2).end()).isEqualTo(at("2026-03-29T05:00:00Z"));
    }

    @Test
    void theDayTheClocksGoBackLastsTwentyFiveHours() {
        ShiftSlot night = THREE_SHIFTS.shift(BEFORE_CLOCKS_GO_BACK, "C").orElseThrow();

        assertThat(Duration.between(THREE_SHIFTS.dayStart(BEFORE_CLOCKS_GO_BACK),
                THREE_SHIFTS.dayEnd(BEFORE_CLOCKS_GO_BACK))).hasHours(25);
        assertThat(night.start()).isEqualTo(at("2026-10-24T21:00:00Z"));
        assertThat(night.end()).isEqualTo(at("2026-10-25T06:00:00Z"));
        assertThat(night.duration()).hasHours(9);
    }

    @Test
    void aTwelveHourNightShiftLastsThirteenHoursWhenTheClocksGoBack() {
        ProductionCalendar twelves = calendar("Day", "07:00", "19:00", "Night", "19:00", "07:00");

        assertThat(twelves.shift(BEFORE_CLOCKS_GO_BACK, "Night").orElseThrow().duration()).hasHours(13);
        assertThat(twelves.shift(BEFORE_CLOCKS_GO_FORWARD, "Night").orElseThrow().duration()).hasHours(11);
        assertThat(twelves.shift(BEFORE_CLOCKS_GO_BACK, "Day").orElseThrow().duration()).hasHours(12);
    }

    @Test
    void anInstantBeforeTheFirstShiftBelongsToThePreviousDaysNightShift() {
        Instant threeAmLocal = at("2026-10-25T03:00:00Z");
        Instant repeatedOneAmFirst = at("2026-10-25T00:30:00Z");
        Instant repeatedOneAmSecond = at("2026-10-25T01:30:00Z");

        for (Instant night : List.of(threeAmLocal, repeatedOneAmFirst, repeatedOneAmSecond)) {
            assertThat(THREE_SHIFTS.productionDay(night)).isEqualTo(BEFORE_CLOCKS_GO_BACK);
            assertThat(THREE_SHIFTS.shiftAt(night).shift().name()).isEqualTo("C");
        }
        assertThat(THREE_SHIFTS.productionDay(at("2026-10-25T06:00:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(THREE_SHIFTS.shiftAt(at("2026-10-25T06:00:00Z")).shift().name()).isEqualTo("A");
    }

    @Test
    void shiftsAreHalfOpen() {
        ShiftSlot b = THREE_SHIFTS.shift(LocalDate.of(2026, 6, 10), "B").orElseThrow();

        assertThat(THREE_SHIFTS.shiftAt(b.start())).isEqualTo(b);
        assertThat(THREE_SHIFTS.shiftAt(b.end().minusNanos(1))).isEqualTo(b);
        assertThat(THREE_SHIFTS.shiftAt(b.end()).shift().name()).isEqualTo("C");
    }

    @Test
    void aDayMayStartAtAnyTime() {
        ProductionCalendar sevens = calendar("E", "07:00", "15:00", "L", "15:00", "23:00", "N", "23:00", "07:00");
        LocalDate day = LocalDate.of(2026, 6, 10);

        assertThat(sevens.dayStart(day)).isEqualTo(at("2026-06-10T06:00:00Z"));
        assertThat(sevens.productionDay(at("2026-06-10T05:59:00Z"))).isEqualTo(day.minusDays(1));
        assertThat(sevens.shiftAt(at("2026-06-10T05:59:00Z")).shift().name()).isEqualTo("N");
    }

    @Test
    void shiftsStartingEarlierOnTheClockThanTheFirstFallOnTheNextDate() {
        ProductionCalendar nightFirst = calendar("N", "22:00", "06:00", "E", "06:00", "14:00", "L", "14:00", "22:00");
        LocalDate day = LocalDate.of(2026, 6, 10);

        assertThat(nightFirst.shifts(day)).extracting(ShiftSlot::start).containsExactly(
                at("2026-06-10T21:00:00Z"), at("2026-06-11T05:00:00Z"), at("2026-06-11T13:00:00Z"));
        assertThat(nightFirst.productionDay(at("2026-06-11T12:00:00Z"))).isEqualTo(day);
    }

    @Test
    void aStartInTheSkippedHourMovesForwardAndOneInTheRepeatedHourTakesTheEarlierInstant() {
        ProductionCalendar halfPastOne = calendar("All", "01:30", "01:30");

        assertThat(halfPastOne.dayStart(LocalDate.of(2026, 3, 29))).isEqualTo(at("2026-03-29T01:30:00Z"));
        assertThat(halfPastOne.dayStart(LocalDate.of(2026, 10, 25))).isEqualTo(at("2026-10-25T00:30:00Z"));
    }

    @Test
    void theRepeatedHourIsOneHourKeyAndTheSkippedHourNone() {
        assertThat(THREE_SHIFTS.localHourKey(at("2026-10-25T00:15:00Z"))).isEqualTo("2026-10-25T01:00");
        assertThat(THREE_SHIFTS.localHourKey(at("2026-10-25T01:15:00Z"))).isEqualTo("2026-10-25T01:00");

        List<Instant> back = THREE_SHIFTS.hourStarts(
                THREE_SHIFTS.dayStart(BEFORE_CLOCKS_GO_BACK), THREE_SHIFTS.dayEnd(BEFORE_CLOCKS_GO_BACK));
        List<String> backKeys = back.stream().map(THREE_SHIFTS::localHourKey).toList();
        assertThat(back).hasSize(24).contains(at("2026-10-25T00:00:00Z"), at("2026-10-25T02:00:00Z"))
                .doesNotContain(at("2026-10-25T01:00:00Z"));
        assertThat(backKeys).doesNotHaveDuplicates().startsWith("2026-10-24T06:00").endsWith("2026-10-25T05:00");

        List<String> forwardKeys = THREE_SHIFTS.hourStarts(THREE_SHIFTS.dayStart(BEFORE_CLOCKS_GO_FORWARD),
                THREE_SHIFTS.dayEnd(BEFORE_CLOCKS_GO_FORWARD)).stream().map(THREE_SHIFTS::localHourKey).toList();
        assertThat(forwardKeys).hasSize(23).contains("2026-03-29T00:00", "2026-03-29T02:00")
                .doesNotContain("2026-03-29T01:00");
    }

    @Test
    void clockHoursHoldTheRepeatedHourTwiceAndTheSkippedHourNever() {
        List<Instant> back = THREE_SHIFTS.clockHourStarts(
                THREE_SHIFTS.dayStart(BEFORE_CLOCKS_GO_BACK), THREE_SHIFTS.dayEnd(BEFORE_CLOCKS_GO_BACK));
        assertThat(back).hasSize(25).contains(at("2026-10-25T00:00:00Z"), at("2026-10-25T01:00:00Z"));
        assertThat(back.stream().map(THREE_SHIFTS::localHourKey).filter("2026-10-25T01:00"::equals)).hasSize(2);

        List<Instant> forward = THREE_SHIFTS.clockHourStarts(THREE_SHIFTS.dayStart(BEFORE_CLOCKS_GO_FORWARD),
                THREE_SHIFTS.dayEnd(BEFORE_CLOCKS_GO_FORWARD));
        assertThat(forward).hasSize(23).contains(at("2026-03-29T00:00:00Z"), at("2026-03-29T01:00:00Z"));
        assertThat(forward.stream().map(THREE_SHIFTS::localHourKey)).doesNotContain("2026-03-29T01:00")
                .contains("2026-03-29T00:00", "2026-03-29T02:00");
    }

    @Test
    void hourSlicesStartAtTheGivenInstantWhenItIsMidHour() {
        assertThat(THREE_SHIFTS.hourStarts(at("2026-06-10T05:30:00Z"), at("2026-06-10T07:00:00Z")))
                .containsExactly(at("2026-06-10T05:30:00Z"), at("2026-06-10T06:00:00Z"));
    }

    @Test
    void isBuiltFromAPlansZoneAndShifts() {
        ProductionCalendar calendar = ProductionCalendar.of(TestPlans.parse(TestPlans.valid()));

        assertThat(calendar.zone()).isEqualTo(LONDON);
        assertThat(calendar.shifts(BEFORE_CLOCKS_GO_BACK)).isEqualTo(THREE_SHIFTS.shifts(BEFORE_CLOCKS_GO_BACK));
    }
}
