package org.floorwatch.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.FloorStore;

/**
 * Start-up time of the desktop app in this process, as {@code demo} and {@code gui} start it: the JavaFX toolkit's
 * start (measured when this process first started it), then the control room, the main window on the floor screen,
 * until the first frame that shows a snapshot with events in it. The {@code gui} start runs on a store holding 90
 * days of history (the site's Kafka, here a built-in broker with nothing new, is up before the clock starts).
 */
final class StartBench {

    /**
     * System property naming a 90-day data folder to copy (e.g. one where {@code simulate files --days 90} was
     * imported); without it, the reports bench's 90-day store is used, built if need be.
     */
    static final String STORE_PROPERTY = "floorwatch.bench.store90d";
    private static final long FIRST_FRAME_WAIT_S = 180;

    private final FloorPlan plan;
    private final PrintWriter out;

    StartBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    /** {@code demo}: a fresh demo folder, the built-in broker and the simulated floor. */
    List<BenchFigure> demo(Path workDir) throws Exception {
        double seconds = HeadlessFx.start() + untilFirstFrame(() -> ControlRoom.demo(workDir.resolve("demo"), plan));
        out.printf(Locale.ROOT, "%-52s %10.2f s%n", "start: demo to its first live frame", seconds);
        return List.of(new BenchFigure("start.demo_s", seconds, "s"));
    }

    /** {@code gui} on a 90-day store: the shared one copied if there is one, else {@code history}, built if need be. */
    List<BenchFigure> gui90Days(Path workDir, Path history) throws Exception {
        Path dataDir = ninetyDays(workDir.resolve("gui-90d"), history);
        Topics topics = Topics.withPrefix("start-");
        try (EmbeddedBroker broker = EmbeddedBroker.start(0, workDir.resolve("broker"))) {
            broker.createTopics(topics.all(), 1);
            var config = BenchSite.config(workDir, broker.bootstrapServers(), topics, dataDir);
            double seconds = HeadlessFx.start() + untilFirstFrame(() -> ControlRoom.live(config));
            out.printf(Locale.ROOT, "%-52s %10.2f s%n", "start: gui on 90 days of history to its first frame", seconds);
            return List.of(new BenchFigure("start.gui_90d_s", seconds, "s"));
        }
    }

    /** Seconds from starting the control room to the floor screen's first frame with a live snapshot. */
    private double untilFirstFrame(Supplier<ControlRoom> start) throws Exception {
        double toolkit = HeadlessFx.start();
        long began = System.nanoTime();
        try (ControlRoom room = start.get()) {
            long roomUp = System.nanoTime();
            FloorScreen screen = FloorScreen.open(room);
            long windowUp = System.nanoTime();
            try {
                long firstFrame = screen.shown().awaitFirstShown(FIRST_FRAME_WAIT_S);
                out.printf(Locale.ROOT, "  JavaFX start %.2f s, control room %.2f s, main window %.2f s, first live frame"
                        + " %.2f s after%n", toolkit, (roomUp - began) / 1e9, (windowUp - roomUp) / 1e9,
                        (firstFrame - windowUp) / 1e9);
                return (firstFrame - began) / 1e9;
            } finally {
                screen.close();
            }
        }
    }

    private Path ninetyDays(Path copy, Path history) throws IOException {
        Optional<Path> shared = sharedCopy(copy);
        if (shared.isPresent()) {
            return shared.get();
        }
        if (!Files.exists(history.resolve(FloorStore.FILE_NAME))) {
            out.printf(Locale.ROOT, "start: building a 90-day store in %s...%n", history);
            out.flush();
            new ReportBench(plan, 90, out).fillStore(history, false);
        }
        out.printf(Locale.ROOT, "start: 90-day store %s: %s%n", history, describe(history));
        return history;
    }

    /** Size, moves and the days they span. */
    private static String describe(Path dataDir) throws IOException {
        long bytes = Files.size(dataDir.resolve(FloorStore.FILE_NAME));
        try (FloorStore store = FloorStore.open(dataDir);
             Connection connection = store.newReadConnection();
             Statement sql = connection.createStatement();
             ResultSet span = sql.executeQuery("SELECT count(*), min(ts)::DATE, max(ts)::DATE FROM moves")) {
            span.next();
            return String.format(Locale.ROOT, "%,.0f MB, %,d moves from %s to %s", bytes / 1e6, span.getLong(1),
                    span.getString(2), span.getString(3));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the 90-day store " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** {@code copy} holding a copy of the store named by {@value #STORE_PROPERTY}, if it names one that opens. */
    Optional<Path> sharedCopy(Path copy) throws IOException {
        Optional<Path> shared = sharedStore();
        if (shared.isPresent() && copied(shared.get(), copy)) {
            out.printf(Locale.ROOT, "90-day store copied from %s: %s%n", shared.get(), describe(copy));
            return Optional.of(copy);
        }
        return Optional.empty();
    }

    private static Optional<Path> sharedStore() throws IOException {
        String named = System.getProperty(STORE_PROPERTY);
        if (named == null || !Files.isDirectory(Path.of(named))) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(Path.of(named), 2,
                (path, attributes) -> path.getFileName().toString().equals(FloorStore.FILE_NAME))) {
            return files.findFirst().map(Path::getParent);
        }
    }

    /** Copies the store's files; false when the copy does not open (e.g. it was being written). */
    private boolean copied(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : List.of(FloorStore.FILE_NAME, FloorStore.FILE_NAME + ".wal")) {
            Path file = from.resolve(name);
            if (Files.exists(file)) {
                Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try {
            FloorStore.open(to).close();
            return true;
        } catch (RuntimeException e) {
            out.printf(Locale.ROOT, "start: the copy of %s does not open (%s); using generated history%n", from,
                    e.getMessage());
            return false;
        }
    }
}
