package org.floorwatch.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Floorwatch on a data folder another one holds: one clear line naming the holder, exit 1, store intact. */
class SecondFloorwatchTest {

    @Test
    void aSecondConsumeOnAHeldFolderSaysWhoHoldsItAndLeavesTheStoreAlone(@TempDir Path data) throws Exception {
        List<FloorEvent> events = List.of(new HeatReading("h-1", Instant.parse("2026-11-02T06:00:00Z"), "HS-1", 41.5),
                new HeatReading("h-2", Instant.parse("2026-11-02T06:00:10Z"), "HS-1", 42.0));
        String message;
        List<String> said;
        int exit;
        try (FloorStore store = FloorStore.open(data)) {
            store.writer().write(IngestBatch.of(events));
            try (ConsumeProcess second = ConsumeProcess.start(List.of("--kafka", "127.0.0.1:9", "--data", data.toString()))) {
                exit = second.waitFor(Duration.ofSeconds(60)).orElseThrow();
                said = second.lines();
            }
            message = "floorwatch: data folder " + store.dataDir() + " is in use by another Floorwatch (process "
                    + ProcessHandle.current().pid() + ": ";
        }

        assertThat(exit).isEqualTo(1);
        assertThat(said).filteredOn(line -> line.startsWith("floorwatch: ")).singleElement()
                .satisfies(line -> assertThat(line).startsWith(message)
                        .endsWith("); close it or choose another --data folder"));
        assertThat(said).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Exception in"));
        try (FloorStore reopened = FloorStore.open(data)) {
            assertThat(reopened.reader().allEvents()).containsExactlyElementsOf(events);
        }
    }
}
