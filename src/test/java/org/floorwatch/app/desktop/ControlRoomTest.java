package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.views.sources.ImportState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's wiring without a window: broker, simulated floor, store, live feed and ingest in one process. */
class ControlRoomTest {

    @TempDir
    Path dir;

    @Test
    void theDemoOpensOnABusyFloorThatKeepsMovingAndClosesEverything() throws Exception {
        FloorSnapshot caughtUp;
        FloorSnapshot later;
        try (ControlRoom room = ControlRoom.demo(dir, SmallPlan.plan(), 1)) {
            // The live stream carries on the floor its history ends in, and is read once the history is in: no
            // station's WIP is ever below zero.
            room.windowShown();
            AtomicLong lowestWip = new AtomicLong();
            waitUntil(Duration.ofSeconds(60), () -> {
                room.sources().feed().latest().stations()
                        .forEach(station -> lowestWip.accumulateAndGet(station.wip(), Math::min));
                return room.sourceImports().state().phase() == ImportState.Phase.DONE;
            });
            assertThat(lowestWip).as("the lowest station WIP seen while the history came in").hasValue(0L);
            caughtUp = awaitSnapshot(room, s -> Duration.between(s.asOf(), room.sources().clock().now())
                    .compareTo(Duration.ofMinutes(2)) < 0 && s.wipTotal() > 0
                    && s.stations().stream().allMatch(station -> station.wip() >= 0), Duration.ofSeconds(30));
            later = awaitSnapshot(room, s -> s.asOf().isAfter(caughtUp.asOf().plusSeconds(60)), Duration.ofSeconds(10));

            assertThat(caughtUp.wipTotal()).as("the history's parts and two hours of live floor").isPositive();
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
