package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorwatch.localstore.StoreFixtures.T0;
import static org.floorwatch.localstore.StoreFixtures.batch;
import static org.floorwatch.localstore.StoreFixtures.energy;
import static org.floorwatch.localstore.StoreFixtures.heat;
import static org.floorwatch.localstore.StoreFixtures.move;
import static org.floorwatch.localstore.StoreFixtures.moves;
import static org.floorwatch.localstore.StoreFixtures.quarantined;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committer with a window of only {@value #WINDOW} recent ids, so that duplicates of older events must be
 * found in the tables, as after a restart or when an archive overlaps what Kafka delivered long ago.
 */
class BatchCommitterTest {

    private static final int WINDOW = 4;

    @TempDir
    Path dir;

    private DuckDBConnection connection;
    private BatchCommitter committer;

    @BeforeEach
    void open() throws SQLException {
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store.duckdb"));
        SchemaMigrations.migrate(connection, "test store");
        committer = new BatchCommitter(connection, WINDOW);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void idsStoredLongAgoAreFoundInTheTableAndTheFirstCopyStays() throws SQLException {
        committer.commit(IngestBatch.of(moves("old", 10)));
        PartMove changedCopy = move("old-1", T0.plusSeconds(3600), "ST-7", "ST-8");
        List<FloorEvent> events = List.of(heat("h1", T0, "HS-1", 41), changedCopy, move("n1", null, "ST-1"),
                move("old-9", null, "ST-1"), energy("old-2", T0, "M-1", 2), move("n1", "ST-1", "ST-2"));

        CommitResult result = committer.commit(IngestBatch.of(events));

        assertThat(result.committed()).containsExactly(events.get(0), events.get(2), events.get(4));
        assertThat(result.duplicates()).isEqualTo(3);
        assertThat(column("SELECT to_station FROM moves WHERE id = 'old-1'")).containsExactly("ST-2");
        assertThat(column("SELECT id FROM moves ORDER BY seq")).endsWith("old-9", "n1");
    }

    @Test
    void aReReadBatchStoresNothingAgainAndNewEventsAfterItGoIn() throws SQLException {
        List<FloorEvent> first = moves("a", 50);
        committer.commit(IngestBatch.of(first));
        BatchCommitter afterRestart = new BatchCommitter(connection, WINDOW);

        CommitResult again = afterRestart.commit(IngestBatch.of(first));
        CommitResult thirdTime = afterRestart.commit(IngestBatch.of(first));
        List<FloorEvent> mixed = new ArrayList<>(moves("b", 5));
        mixed.addAll(first.subList(10, 20));
        CommitResult next = afterRestart.commit(IngestBatch.of(mixed));
        CommitResult allNew = afterRestart.commit(IngestBatch.of(moves("c", 7)));

        assertThat(again).isEqualTo(new CommitResult(List.of(), 50, 0));
        assertThat(thirdTime).isEqualTo(again);
        assertThat(next).isEqualTo(new CommitResult(mixed.subList(0, 5), 10, 0));
        assertThat(allNew.committed()).hasSize(7);
        assertThat(column("SELECT count(*) FROM moves")).containsExactly("62");
    }

    @Test
    void quarantinedRecordsAlreadyStoredAreStoredOnceAndCountedAsDuplicates() throws SQLException {
        QuarantinedRecord record = quarantined("file:/a.jsonl:3", "not JSON", T0);
        committer.commit(new IngestBatch(List.of(), List.of(record), List.of()));
        BatchCommitter afterRestart = new BatchCommitter(connection, WINDOW);

        CommitResult result = afterRestart.commit(new IngestBatch(List.of(move("m1", null, "ST-1")),
                List.of(record, quarantined("file:/a.jsonl:4", "not JSON", T0), record), List.of()));

        assertThat(result).isEqualTo(new CommitResult(List.of(move("m1", null, "ST-1")), 2, 1));
        assertThat(column("SELECT source_key FROM quarantine ORDER BY seq"))
                .containsExactly("file:/a.jsonl:3", "file:/a.jsonl:4");
    }

    @Test
    void aBatchFailingOnItsSecondTryLeavesNothingBehind() throws SQLException {
        committer.commit(new IngestBatch(moves("old", 10), List.of(), List.of(new KafkaOffset("t", 0, 10))));
        List<FloorEvent> events = new ArrayList<>(moves("new", 20));
        events.add(move("old-0", null, "ST-1"));
        IngestBatch failing = new IngestBatch(events, List.of(quarantined("q1", "bad", T0)),
                List.of(new KafkaOffset("t", 0, 31), new KafkaOffset(null, 0, 1)));

        assertThatThrownBy(() -> committer.commit(failing)).isInstanceOf(SQLException.class);
        CommitResult retried = committer.commit(new IngestBatch(events, List.of(), List.of()));

        assertThat(column("SELECT next_offset FROM kafka_offsets")).containsExactly("10");
        assertThat(column("SELECT count(*) FROM quarantine")).containsExactly("0");
        assertThat(retried.committed()).isEqualTo(events.subList(0, 20));
        assertThat(retried.duplicates()).isEqualTo(1);
    }

    @Test
    void recentIdsAreSkippedWithoutTheTableAndAfterAFailedBatchAreStillExact() throws SQLException {
        committer.commit(batch(move("m1", null, "ST-1"), heat("h1", T0, "HS-1", 20)));
        assertThatThrownBy(() -> committer.commit(batch(move("m2", null, "ST-1"),
                energy("far", java.time.Instant.MAX, "M-1", 1)))).isInstanceOf(IllegalArgumentException.class);

        CommitResult result = committer.commit(batch(move("m2", null, "ST-2"), move("m1", null, "ST-9"),
                heat("h1", T0, "HS-1", 99), heat("m1", T0, "HS-1", 21)));

        assertThat(result.committed()).extracting(FloorEvent::id).containsExactly("m2", "m1");
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(column("SELECT to_station FROM moves ORDER BY seq")).containsExactly("ST-1", "ST-2");
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
