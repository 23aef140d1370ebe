package org.floorwatch.localstore.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmFloor;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Episodes read from the store (skipping calm readings, reading again from restart points) equal section 8's
 * definition ({@link AlarmFloor#replay}) on random floors with late events, silences and equal timestamps.
 */
class EpisodeRecomputeTest {

    private static final FloorPlan PLAN = SmallPlan.withAlarmLimits();

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void allHistoryFromTheStoreIsTheDefinition(long seed) throws SQLException {
        List<FloorEvent> stored = RandomFloor.storedOrder(seed);
        try (FloorStore store = FloorStore.open(dataDir)) {
            for (int i = 0; i < stored.size(); i += 500) {
                store.writer().write(IngestBatch.of(stored.subList(i, Math.min(stored.size(), i + 500))));
            }
            List<AlarmEpisode> expected = AlarmFloor.replay(PLAN, stored).episodes();
            try (Connection connection = store.newReadConnection()) {
                assertThat(EpisodeRecompute.all(connection, PLAN).episodes()).isEqualTo(expected);
            }
            assertThat(expected).filteredOn(AlarmEpisode::fromImport).isNotEmpty();
            assertThat(expected).filteredOn(e -> !e.fromImport()).hasSizeGreaterThan(20);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void aLiveFloorReadingLateSourcesAgainAfterEachCommitStaysTheDefinition(long seed) throws SQLException {
        List<FloorEvent> stored = RandomFloor.storedOrder(seed);
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            AlarmFloor live = EpisodeRecompute.all(connection, PLAN);
            int rounds = 0;
            for (int i = 0; i < stored.size(); i += 97) {
                List<FloorEvent> batch = stored.subList(i, Math.min(stored.size(), i + 97));
                store.writer().write(IngestBatch.of(batch));
                live.stored(batch);
                if (!live.dirty().isEmpty()) {
                    rounds++;
                    EpisodeRecompute.readAgain(connection, live);
                }
                assertThat(live.episodes()).isEqualTo(AlarmFloor.replay(PLAN, stored.subList(0, i + batch.size())).episodes());
            }
            assertThat(rounds).isGreaterThan(5);
        }
    }

    @Test
    void anEmptyStoreHasNoEpisodes() throws SQLException {
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            assertThat(EpisodeRecompute.all(connection, PLAN).episodes()).isEmpty();
        }
    }
}
