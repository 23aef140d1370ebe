package org.floorwatch.localstore.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.floorplan.alarm.AlarmPriority;
import org.floorwatch.floorplan.alarm.AlarmSource;
import org.floorwatch.floorplan.alarm.ShelfTime;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live desk: episodes after each commit, acknowledgements and shelvings stored and kept across a restart. */
class AlarmDeskTest {

    private static final FloorPlan PLAN = SmallPlan.withAlarmLimits();
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private final AtomicReference<Instant> clock = new AtomicReference<>(T0.plusSeconds(60));

    private static HeatReading press(String id, int seconds, double celsius) {
        return new HeatReading(id, T0.plusSeconds(seconds), "HS-PRESS", celsius);
    }

    @Test
    void anAcknowledgementAndAShelvingAreKeptAcrossARestart() throws Exception {
        try (FloorStore store = FloorStore.open(dataDir);
             AlarmDesk desk = new AlarmDesk(PLAN, store, clock::get, Actor.of("Dana"))) {
            store.writer().write(IngestBatch.of(List.of(press("r1", 0, 50), press("r2", 10, 80), press("r3", 20, 30),
                    new HeatReading("c1", T0.plusSeconds(20), "HS-CHECK", 45))));
            desk.alarms().awaitSettled(WAIT);
            AlarmEpisode pressHeat = heatOf(desk.publishNow().board(), "HS-PRESS").episode();
            clock.set(T0.plusSeconds(90));
            assertThat(desk.acknowledge(List.of(pressHeat), "fan cleaned").get()).hasSize(1);
            desk.shelve(AlarmSource.sensor("HS-CHECK"), ShelfTime.ONE_HOUR, "sensor being replaced").get();
            assertThat(desk.acknowledge(List.of(pressHeat), "again").get()).isEmpty();
        }
        clock.set(T0.plusSeconds(120));
        try (FloorStore store = FloorStore.open(dataDir);
             AlarmDesk desk = new AlarmDesk(PLAN, store, clock::get, Actor.of("Sam"))) {
            desk.alarms().awaitSettled(WAIT);
            AlarmBoard board = desk.publishNow().board();

            Row press = heatOf(board, "HS-PRESS");
            assertThat(press.episode().start()).isEqualTo(T0.plusSeconds(10));
            assertThat(press.ack().by()).isEqualTo("Dana");
            assertThat(press.ack().at()).isEqualTo(T0.plusSeconds(90));
            assertThat(press.ack().note()).isEqualTo("fan cleaned");
            Row check = heatOf(board, "HS-CHECK");
            assertThat(check.active()).isTrue();
            assertThat(check.shelving().reason()).isEqualTo("sensor being replaced");
            assertThat(check.shelving().until()).isEqualTo(T0.plusSeconds(90 + 3600));
            assertThat(check.calling()).isFalse();
            assertThat(board.banner().total()).isZero();

            clock.set(T0.plusSeconds(90 + 3600));
            assertThat(heatOf(desk.publishNow().board(), "HS-CHECK").shelving()).as("expired").isNull();
            // the HS-CHECK warn again, and by now both sensors are silent: HS-PRESS since 20 + 300 s, HS-CHECK since
            // 20 + 120 s (stale is medium too)
            assertThat(desk.latest().board().rows()).filteredOn(Row::calling).extracting(r -> r.episode().kind()
                    + " " + r.episode().source()).containsExactlyInAnyOrder("HEAT HS-CHECK", "STALE HS-PRESS", "STALE HS-CHECK");
            assertThat(desk.latest().board().banner().calling().get(AlarmPriority.MEDIUM)).isEqualTo(3);
        }
    }

    @Test
    void theDeskFollowsCommitsAndReadsLateHistoryIntoPlace() throws Exception {
        List<FloorEvent> stored = RandomFloor.storedOrder(11);
        try (FloorStore store = FloorStore.open(dataDir)) {
            store.writer().write(IngestBatch.of(stored.subList(0, 2000)));
            try (AlarmDesk desk = new AlarmDesk(PLAN, store, clock::get, Actor.of("Dana"))) {
                for (int i = 2000; i < stored.size(); i += 150) {
                    store.writer().write(IngestBatch.of(stored.subList(i, Math.min(stored.size(), i + 150))));
                }
                desk.alarms().awaitSettled(WAIT);
                try (Connection connection = store.newReadConnection()) {
                    assertThat(desk.alarms().episodes()).isEqualTo(EpisodeRecompute.all(connection, PLAN).episodes());
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Row heatOf(AlarmBoard board, String sensor) {
        return board.rows().stream().filter(r -> r.episode().kind() == AlarmKind.HEAT && r.episode().source().equals(sensor))
                .findFirst().orElseThrow();
    }
}
