package org.floorwatch.localstore.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.LiveFloor;
import org.floorwatch.ingest.simulator.FactorySimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floor read from the store at an instant, against the live floor fed the same events one by one, and a floor
 * played forward against one sought: on a day and a half of the small site's simulated history (moves and heat,
 * stored in shuffled batches), across production days and shifts.
 */
class FloorReplayTest {

    private static final FloorPlan PLAN = SmallPlan.plan();
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dataDir;

    private FloorStore store;
    private List<FloorEvent> events;

    @BeforeEach
    void storeADayAndAHalf() {
        events = new FactorySimulator(PLAN, 3, START).advanceTo(START.plus(Duration.ofHours(36)));
        List<FloorEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(5));
        store = FloorStore.open(dataDir);
        for (int from = 0; from < shuffled.size(); from += 5_000) {
            store.writer().write(IngestBatch.of(shuffled.subList(from, Math.min(shuffled.size(), from + 5_000))));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFloorReadAtAnInstantIsTheLiveFloorThatSawEveryEventUpToIt() throws Exception {
        FloorHistory history = new FloorHistory(PLAN);
        try (Connection connection = store.newReadConnection()) {
            for (Instant at : List.of(START.plus(Duration.ofMinutes(90)), Instant.parse("2026-03-02T06:00:00Z"),
                    Instant.parse("2026-03-02T21:59:59.5Z"), START.plus(Duration.ofHours(36)))) {
                LiveFloor live = new LiveFloor(PLAN, ProductionCalendar.of(PLAN));
                live.apply(events.stream().filter(e -> !e.ts().isAfter(at)).toList());
                live.passTime(at);

                assertThat(history.snapshotAt(connection, at)).as("at " + at).isEqualTo(live.snapshot());
            }
        }
    }

    @Test
    void aFloorPlayedForwardIsTheFloorSoughtThere() throws Exception {
        FloorHistory history = new FloorHistory(PLAN);
        FloorReplay played = new FloorReplay(history);
        FloorReplay readingAhead = new FloorReplay(history);
        try (Connection connection = store.newReadConnection()) {
            played.seek(connection, Instant.parse("2026-03-02T04:30:00Z"));
            readingAhead.seek(connection, Instant.parse("2026-03-02T04:30:00Z"));
            Instant at = played.position();
            for (int step = 0; step < 40; step++) {
                at = at.plusSeconds(37 + 1_700L * (step % 3));
                FloorSnapshot forward = played.advance(connection, at);
                FloorSnapshot sought = new FloorReplay(history).seek(connection, at);
                assertThat(forward).as("at " + at).isEqualTo(sought);
                assertThat(readingAhead.advance(connection, at, Duration.ofMinutes(47))).as("read ahead, at " + at)
                        .isEqualTo(sought);
            }
            assertThat(played.advance(connection, at.minusSeconds(3_600)))
                    .isEqualTo(history.snapshotAt(connection, at.minusSeconds(3_600)));
        }
    }
}
