package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes moves into a store that already holds many, and prints the rate as information only (never asserted:
 * CI machines differ). Small by default to stay fast; {@code -Dfloorwatch.store.preload=1000000} and
 * {@code -Dfloorwatch.store.measured=N} (and {@code -Dfloorwatch.store.batch=N}) make it a real measurement.
 */
class WriterThroughputTest {

    private static final int PRELOAD = Integer.getInteger("floorwatch.store.preload", 100_000);
    private static final int BATCH = Integer.getInteger("floorwatch.store.batch", 10_000);
    private static final int MEASURED = Integer.getInteger("floorwatch.store.measured", 100_000);

    @TempDir
    Path dataDir;

    @Test
    void printsTheRateOfNewAndDuplicateMoves() {
        try (FloorStore store = FloorStore.open(dataDir)) {
            double preloadRate = writeInBatches(store, "old", 0, PRELOAD);
            double newRate = writeInBatches(store, "new", 0, MEASURED);
            double recentRate = writeInBatches(store, "new", 0, MEASURED);
            double oldRate = writeInBatches(store, "old", 0, Math.min(PRELOAD, MEASURED));

            System.out.printf("store throughput, batches of %,d: preload %,d moves at %,.0f/s; "
                            + "%,d new moves at %,.0f/s; %,d duplicates of recent moves at %,.0f/s; "
                            + "%,d duplicates of the first moves at %,.0f/s%n",
                    BATCH, PRELOAD, preloadRate, MEASURED, newRate, MEASURED, recentRate,
                    Math.min(PRELOAD, MEASURED), oldRate);
            assertThat(store.reader().counts().moves()).isEqualTo(PRELOAD + MEASURED);
        }
    }

    /** Writes moves {@code prefix-<batch>-<i>}; returns moves per second. */
    private static double writeInBatches(FloorStore store, String prefix, int firstBatch, int total) {
        List<List<FloorEvent>> batches = new ArrayList<>();
        for (int n = firstBatch; n < firstBatch + total / BATCH; n++) {
            batches.add(StoreFixtures.moves(prefix + "-" + n, BATCH));
        }
        long start = System.nanoTime();
        for (List<FloorEvent> batch : batches) {
            store.writer().submit(IngestBatch.of(batch));
        }
        store.writer().write(IngestBatch.of(List.of())); // queued last: returns when all before it are done
        return total / ((System.nanoTime() - start) / 1e9);
    }
}
