package org.floorwatch.views.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;

/** The period picker's words in production days and shifts (Europe/London, shifts A 06-14, B 14-22, C 22-06). */
class PeriodChoiceTest {

    private final ProductionCalendar calendar = ProductionCalendar.of(SmallPlan.plan());
    private final Instant threeAtNight = Instant.parse("2026-11-04T03:00:00Z");

    @Test
    void atThreeInTheMorningTodayIsTheProductionDayThatBeganYesterdayAndTheShiftIsItsNightShift() {
        ChosenPeriod today = PeriodChoice.TODAY.resolve(calendar, threeAtNight, null, null);
        ChosenPeriod shift = PeriodChoice.THIS_SHIFT.resolve(calendar, threeAtNight, null, null);
        ChosenPeriod yesterday = PeriodChoice.YESTERDAY.resolve(calendar, threeAtNight, null, null);
        ChosenPeriod week = PeriodChoice.LAST_7_DAYS.resolve(calendar, threeAtNight, null, null);

        assertThat(today.period().from()).isEqualTo(LocalDate.parse("2026-11-03"));
        assertThat(today.shift()).isNull();
        assertThat(today.holds(threeAtNight)).isTrue();
        assertThat(shift.period().from()).isEqualTo(today.period().from());
        assertThat(shift.period().to()).isEqualTo(today.period().to());
        assertThat(shift.shift()).isEqualTo("C");
        assertThat(yesterday.period().from()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(yesterday.holds(threeAtNight)).isFalse();
        assertThat(week.period().days()).hasSize(7).endsWith(LocalDate.parse("2026-11-03"));
        assertThat(shift.describe()).isEqualTo(
                "Production day 2026-11-03 \u00b7 shift C \u00b7 Tue 3 Nov 06:00 \u2013 Wed 4 Nov 06:00 Europe/London");
    }

    @Test
    void aRangeNeedsBothDaysInOrder() {
        LocalDate first = LocalDate.parse("2026-10-24");
        LocalDate last = LocalDate.parse("2026-10-25");

        ChosenPeriod range = PeriodChoice.RANGE.resolve(calendar, threeAtNight, first, last);

        assertThat(range.period().length().toHours()).as("the clocks go back on the 25th").isEqualTo(49);
        assertThatThrownBy(() -> PeriodChoice.RANGE.resolve(calendar, threeAtNight, last, first))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> PeriodChoice.RANGE.resolve(calendar, threeAtNight, first, null))
                .hasMessage("pick the first and the last production day");
    }
}
