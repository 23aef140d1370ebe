package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a person types to go somewhere in the small site's history (Europe/London, shifts 06-14-22-06). */
class TimeTargetTest {

    private final TimeTarget targets = new TimeTarget(SmallPlan.plan());
    private final Instant shown = Instant.parse("2026-10-27T15:00:00Z");

    @Test
    void aDayAShiftATimeOfDayOrADateAndTime() {
        assertThat(targets.instant("2026-10-27", shown)).isEqualTo(Instant.parse("2026-10-27T06:00:00Z"));
        assertThat(targets.instant("2026-10-24 C", shown)).as("22:00 BST").isEqualTo(Instant.parse("2026-10-24T21:00:00Z"));
        assertThat(targets.instant("2026-10-24 c", shown)).isEqualTo(Instant.parse("2026-10-24T21:00:00Z"));
        assertThat(targets.instant("16:30", shown)).isEqualTo(Instant.parse("2026-10-27T16:30:00Z"));
        assertThat(targets.instant("03:00", shown)).as("on the night shift of the day shown")
                .isEqualTo(Instant.parse("2026-10-28T03:00:00Z"));
        assertThat(targets.instant("2026-10-25 01:30", shown)).as("the earlier of the repeated hour")
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(targets.instant("2026-10-25T01:30:00+00:00", shown)).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void spansAndShiftSteps() {
        TimeTarget.Span night = targets.span("2026-10-24 C", shown);
        assertThat(night.length()).as("the night the clocks go back").hasHours(9);
        assertThat(targets.span("2026-10-27 05:00/2026-10-27 07:00", shown).length()).hasHours(2);
        assertThat(targets.sameShiftDayBefore(Instant.parse("2026-10-25T03:00:00Z")).from())
                .isEqualTo(Instant.parse("2026-10-23T21:00:00Z"));
        assertThat(targets.shiftWords(Instant.parse("2026-10-25T03:00:00Z"))).isEqualTo("2026-10-24 C");
        assertThat(targets.stepShifts(Instant.parse("2026-10-27T07:30:00Z"), -1))
                .as("an hour and a half into the night shift before").isEqualTo(Instant.parse("2026-10-26T23:30:00Z"));
    }

    @Test
    void wordsItCannotReadSaySo() {
        assertThatThrownBy(() -> targets.instant("yesterday", shown)).hasMessageContaining("not an instant");
        assertThatThrownBy(() -> targets.instant("2026-10-27 X", shown)).hasMessageContaining("not a shift");
        assertThatThrownBy(() -> targets.span("2026-10-27 07:00/2026-10-27 05:00", shown))
                .hasMessageContaining("before it starts");
    }
}
