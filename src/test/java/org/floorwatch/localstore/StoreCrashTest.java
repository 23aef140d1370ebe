package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.event.FloorEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed like {@code kill -9} mid-run leaves a store that opens and holds only whole batches. */
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
        }
    }
}
