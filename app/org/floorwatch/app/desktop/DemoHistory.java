package org.floorwatch.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.ingest.files.ImportOrder;
import org.floorwatch.ingest.simulator.files.FileSimulationSettings;
import org.floorwatch.ingest.simulator.files.FileSimulator;
import org.floorwatch.ingest.simulator.files.FilesSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's history: every file source of the production days before the live floor's first day, written by the
 * file simulator into {@code history/} of the demo folder the first time a demo needs them and kept for later demos,
 * which import them again into their fresh store. It is the same simulated floor as the live stream (same plan, seed
 * and start: see {@link DemoStream}), so the folder's name carries the simulator's generation besides the site and
 * days: a run for other days, another site or an older simulator is replaced; one cut short (no {@code README.txt},
 * the simulator's last file) is written again.
 */
final class DemoHistory {

    static final String FOLDER = "history";
    /** The simulator's inventory snapshot, which the demo's tools endpoint serves. */
    static final String INVENTORY = "tools-inventory.json";

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
    private static final String LAST_FILE = "README.txt";
    /** Changes whenever the simulator makes another floor from the same seed, so older histories are not reused. */
    private static final String GENERATION = "g2";

    private final FloorPlan plan;
    private final LocalDate from;
    private final int days;
    private final Path run;

    /** @param liveStart where the live floor begins: the history ends with the production day before its own */
    DemoHistory(Path demoFolder, FloorPlan plan, int days, Instant liveStart) {
        this.plan = plan;
        this.days = days;
        LocalDate last = ProductionCalendar.of(plan).productionDay(liveStart).minusDays(1);
        this.from = last.minusDays(days - 1L);
        this.run = demoFolder.resolve(FOLDER).resolve(plan.site().replaceAll("[^A-Za-z0-9-]", "-") + "_" + from + "_" + last
                + "_" + GENERATION);
    }

    /** The folder of the history's files; every file in it is meant to be imported. */
    Path folder() {
        return run;
    }

    /** The simulator's archives of moves are named {@code moves-yyyy-MM-dd.jsonl.gz}. */
    private static boolean isMovesArchive(Path file) {
        return file.getFileName().toString().startsWith("moves-");
    }

    /** Says what {@link #write} does, for the screen. */
    String preparing() {
        return Files.exists(run.resolve(LAST_FILE)) ? "listing " + days + " days of files\u2026"
                : "writing " + days + " days of files (" + from + " to " + from.plusDays(days - 1L) + ")\u2026";
    }

    /**
     * Writes the history unless a complete one is there; returns its files in import order, but with the moves'
     * archives first (after the plan), day by day: the floor is whole as soon as they are in. Until then it shows the
     * parts that moved since the live stream took over, and those of the days imported so far that a later day's moves
     * take on (each imported day ends with the parts on the floor then).
     */
    List<Path> write() throws IOException {
        if (!Files.exists(run.resolve(LAST_FILE))) {
            DemoFolder.deleteTree(run.getParent());
            long started = System.nanoTime();
            FilesSummary summary = new FileSimulator(plan, new FileSimulationSettings(from, days, ControlRoom.DEMO_SEED,
                    true, FileSimulationSettings.DEFAULT_WORKERS)).writeTo(run);
            LOG.info("demo history in {} s: {}", (System.nanoTime() - started) / 1_000_000_000, summary.line());
        }
        List<Path> files = ImportOrder.files(List.of(run));
        List<Path> ordered = new ArrayList<>(files.stream().filter(DemoHistory::isMovesArchive).toList());
        files.stream().filter(file -> !isMovesArchive(file)).forEach(ordered::add);
        return ImportOrder.files(ordered);
    }
}
