package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;

/**
 * The store's single writer alone, without Kafka or decoding: moves in batches of {@value #BATCH} into a store that
 * already holds {@value #PRELOAD}, then the same moves again (duplicates the writer still remembers), then the
 * first ones again (duplicates only the table knows). Moves a second, each phase on its own.
 */
final class WriterBench {

    static final int PRELOAD = 1_000_000;
    static final int MEASURED = 100_000;
    static final int BATCH = 10_000;
    private static final Instant T0 = Instant.parse("2026-11-02T06:00:00Z");

    private final PrintWriter out;

    WriterBench(PrintWriter out) {
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) {
        out.printf(Locale.ROOT, "writer: %,d moves stored first, then %,d measured, in batches of %,d...%n", PRELOAD,
                MEASURED, BATCH);
        out.flush();
        try (FloorStore store = FloorStore.open(workDir)) {
            writeInBatches(store, "old", PRELOAD);
            double fresh = writeInBatches(store, "new", MEASURED);
            double recent = writeInBatches(store, "new", MEASURED);
            double old = writeInBatches(store, "old", MEASURED);
            out.printf(Locale.ROOT, "  %-44s %,14.0f moves/s%n", "new moves", fresh);
            out.printf(Locale.ROOT, "  %-44s %,14.0f moves/s%n", "duplicates of recent moves", recent);
            out.printf(Locale.ROOT, "  %-44s %,14.0f moves/s%n", "duplicates of the first moves", old);
            return List.of(new BenchFigure("writer.new_per_s", fresh, "moves/s"),
                    new BenchFigure("writer.recent_duplicates_per_s", recent, "moves/s"),
                    new BenchFigure("writer.old_duplicates_per_s", old, "moves/s"));
        }
    }

    /** Writes moves {@code prefix-<i>}; returns moves a second. */
    private static double writeInBatches(FloorStore store, String prefix, int total) {
        List<IngestBatch> batches = new ArrayList<>();
        for (int first = 0; first < total; first += BATCH) {
            batches.add(IngestBatch.of(moves(prefix, first, Math.min(BATCH, total - first))));
        }
        long start = System.nanoTime();
        batches.forEach(store.writer()::submit);
        store.writer().write(IngestBatch.of(List.of())); // queued last: returns when all before it are done
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static List<FloorEvent> moves(String prefix, int first, int count) {
        List<FloorEvent> moves = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            moves.add(new PartMove(prefix + "-" + i, T0.plusSeconds(i), "PART-" + i / 4, "CPU-X",
                    i % 4 == 0 ? null : "ST-" + i % 4, "ST-" + (i % 4 + 1), i % 50 == 0 ? "E42" : null));
        }
        return moves;
    }
}
