package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The demo's clock dates what happened on the wall clock by its own time, so every screen shares one time. */
class DemoClockTest {

    @Test
    void aWallClockInstantIsReadOnTheDemoClock() {
        Instant floorStart = Instant.parse("2026-12-02T08:00:00Z");
        Instant before = Instant.now();
        DemoClock clock = new DemoClock(floorStart, 30);
        Instant after = Instant.now();

        Instant atStart = clock.at(before);
        assertThat(Duration.between(atStart, floorStart).toNanos())
                .isBetween(0L, 30 * Duration.between(before, after).toNanos());
        long minuteLater = Duration.between(atStart, clock.at(before.plus(Duration.ofMinutes(1)))).toSeconds();
        assertThat(minuteLater).isEqualTo(30 * 60);
        assertThat(Duration.between(clock.at(Instant.now()), clock.now()).toMillis()).isCloseTo(0L, within(3_000L));
    }
}
