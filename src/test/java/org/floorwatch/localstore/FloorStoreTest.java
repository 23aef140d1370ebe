package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorwatch.localstore.StoreFixtures.T0;
import static org.floorwatch.localstore.StoreFixtures.heat;
import static org.floorwatch.localstore.StoreFixtures.moves;
import static org.floorwatch.localstore.StoreFixtures.quarantined;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorStoreTest {

    @TempDir
    Path tempDir;

    @Test
    void opensANewFolderWithOneStoreFileInIt() {
        Path dataDir = tempDir.resolve("site/data");

        try (FloorStore store = FloorStore.open(dataDir)) {
            assertThat(store.dataDir()).isEqualTo(dataDir.toAbsolutePath());
            assertThat(dataDir.resolve(FloorStore.FILE_NAME)).isRegularFile();
        }
    }

    @Test
    void reopeningKeepsEverythingAndReceiveOrderGoesOn() {
        QuarantinedRecord record = quarantined("kafka:floor.moves:0:1", "not JSON", T0);
        List<FloorEvent> events;
        try (FloorStore store = FloorStore.open(tempDir)) {
            store.writer().write(new IngestBatch(moves("m", 10), List.of(record), List.of(new KafkaOffset("t", 1, 11))));
            store.writer().write(StoreFixtures.batch(heat("h1", T0, "HS-1", 40)));
            events = store.reader().allEvents();
        }

        try (FloorStore store = FloorStore.open(tempDir)) {
            HeatReading sameTimeAfterReopen = heat("h0", T0, "HS-1", 41);
            CommitResult again = store.writer().write(new IngestBatch(moves("m", 10), List.of(record), List.of()));
            store.writer().write(StoreFixtures.batch(sameTimeAfterReopen));

            assertThat(again).as("the moves and the record quarantined before").isEqualTo(new CommitResult(List.of(), 11, 0));
            assertThat(store.reader().allEvents()).containsAll(events).hasSize(12);
            assertThat(store.reader().quarantined(5)).containsExactly(record);
            assertThat(store.reader().kafkaOffsets()).containsExactly(new KafkaOffset("t", 1, 11));
            assertThat(store.reader().latestHeatBySensor()).containsEntry("HS-1", sameTimeAfterReopen);
        }
    }

    @Test
    void migrationsRunOnceHoweverOftenTheStoreIsOpened() throws SQLException {
        for (int i = 0; i < 3; i++) {
            FloorStore.open(tempDir).close();
        }

        try (Connection connection = rawConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(SchemaMigrations.latestVersion());
            assertThat(rs.getInt(2)).isEqualTo(SchemaMigrations.latestVersion());
        }
    }

    @Test
    void aStoreFromANewerFloorwatchIsRefusedWithAClearMessage() throws Exception {
        FloorStore.open(tempDir).close();
        try (Connection connection = rawConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO schema_version(version) VALUES (999)");
        }

        assertThatThrownBy(() -> FloorStore.open(tempDir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("data folder " + tempDir.toRealPath())
                .hasMessageContaining("newer Floorwatch");
    }

    @Test
    void aFolderOpenInThisProcessCannotBeOpenedTwice() {
        try (FloorStore store = FloorStore.open(tempDir)) {
            assertThatThrownBy(() -> FloorStore.open(store.dataDir().resolve(".")))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("is already open in this Floorwatch");
        }
        FloorStore.open(tempDir).close();
    }

    @Test
    void aFolderHeldByAnotherProcessIsRefusedWithOneLineNamingIt() throws Exception {
        Path dataDir = tempDir.resolve("held");
        try (ChildJvm holder = ChildJvm.start(StoreHolderMain.class, dataDir)) {
            assertThat(holder.readLine()).isEqualTo("open " + dataDir.toRealPath());

            assertThatThrownBy(() -> FloorStore.open(dataDir))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageStartingWith("data folder " + dataDir.toRealPath() + " is in use by another Floorwatch "
                            + "(process " + holder.pid() + ": ")
                    .hasMessageEndingWith("); close it or choose another --data folder")
                    .hasMessageNotContaining("\n");
            assertThat(holder.closeInputAndWait()).isZero();
        }

        FloorStore.open(dataDir).close();
    }

    private Connection rawConnection() throws SQLException {
        assertThat(Files.exists(tempDir.resolve(FloorStore.FILE_NAME))).isTrue();
        return DriverManager.getConnection("jdbc:duckdb:" + tempDir.resolve(FloorStore.FILE_NAME));
    }
}
