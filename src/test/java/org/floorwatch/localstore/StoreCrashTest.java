package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.event.FloorEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed like {@code kill -9} mid-run leaves a store that opens and holds only whole batches, with the WIP
 * checkpoints and part spans of exactly the moves it holds.
 */
class StoreCrashTest {

    @TempDir
    Path dataDir;

    @Test
    void aKilledWriterLeavesOnlyWholeBatchesAndTheirOffsets() throws Exception {
        long lastReported;
        try (ChildJvm writer = ChildJvm.start(CrashingWriterMain.class, dataDir)) {
            lastReported = -1;
            while (lastReported < 5) {
                lastReported = Long.parseLong(writer.readLine().substring("committed ".length()));
            }
            writer.kill();
        }

        try (FloorStore store = FloorStore.open(dataDir)) {
            Map<String, Long> eventsByBatch = store.reader().allEvents().stream()
                    .map(FloorEvent::id)
                    .collect(Collectors.groupingBy(id -> id.substring(0, id.lastIndexOf('-')), TreeMap::new,
                            Collectors.counting()));
            long batches = eventsByBatch.size();

            assertThat(batches).isGreaterThan(lastReported);
            assertThat(eventsByBatch.values()).containsOnly((long) CrashingWriterMain.BATCH_SIZE);
            assertThat(eventsByBatch).containsKey("b-" + (batches - 1));
            assertThat(store.reader().kafkaOffsets()).containsExactly(new KafkaOffset("t", 0, batches - 1));
            assertThat(differences(store, fillOf(PartSpans.FILL_FROM_ALL_MOVES, "part_spans"), "SELECT * FROM part_spans"))
                    .as("part spans against the stored moves").isZero();
            assertThat(differences(store,
                    "SELECT * FROM (" + fillOf(WipCheckpoints.FILL_FROM_ALL_MOVES, "wip_checkpoints")
                            + ") AS fill(midnight, station, wip) WHERE wip <> 0",
                    "SELECT * FROM wip_checkpoints WHERE wip <> 0"))
                    .as("WIP checkpoints against the stored moves").isZero();
        }
    }

    /** The query of a schema step's {@code INSERT INTO table ...} fill. */
    private static String fillOf(String fill, String table) {
        return fill.substring(fill.indexOf(table) + table.length());
    }

    /** Rows in one query's result and not in the other's, counted both ways. */
    private static long differences(FloorStore store, String one, String other) throws SQLException {
        try (Connection connection = store.newReadConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT count(*) FROM (((" + one + ") EXCEPT ALL (" + other
                     + ")) UNION ALL ((" + other + ") EXCEPT ALL (" + one + ")))")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
