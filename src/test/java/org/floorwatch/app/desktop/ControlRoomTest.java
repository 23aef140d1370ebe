package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's wiring without a window: broker, simulated floor, store, live feed and ingest in one process. */
class ControlRoomTest {

    @TempDir
    Path dir;

    @Test
    void theDemoOpensOnABusyFloorThatKeepsMovingAndClosesEverything() throws InterruptedException {
        FloorSnapshot caughtUp;
        FloorSnapshot later;
        try (ControlRoom room = ControlRoom.demo(dir, SmallPlan.plan())) {
            caughtUp = awaitSnapshot(room, s -> Duration.between(s.asOf(), room.sources().clock().now())
                    .compareTo(Duration.ofMinutes(2)) < 0, Duration.ofSeconds(30));
            later = awaitSnapshot(room, s -> s.asOf().isAfter(caughtUp.asOf().plusSeconds(60)), Duration.ofSeconds(10));

            assertThat(caughtUp.wipTotal()).as("two hours of floor before the window opens").isPositive();
            assertThat(caughtUp.completedLastHour()).isPositive();
            assertThat(room.sources().ingest().broker().online()).isTrue();
            assertThat(room.sources().store().reader().counts().quarantined()).as("faults are on").isPositive();
        }
        assertThat(later.asOf()).isBefore(caughtUp.asOf().plusSeconds(600));
        FloorStore.open(dir).close();
    }

    private static FloorSnapshot awaitSnapshot(ControlRoom room, java.util.function.Predicate<FloorSnapshot> wanted,
                                               Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            FloorSnapshot snapshot = room.sources().feed().latest();
            if (wanted.test(snapshot)) {
                return snapshot;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such snapshot within " + within + "; latest " + room.sources().feed().latest().asOf());
    }
}
