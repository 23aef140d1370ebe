package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.message.Topics;

/**
 * Start-up time of the desktop app in this process, as {@code demo} and {@code gui} start it: the JavaFX toolkit's
 * start (measured when this process first started it), then the control room, the main window on the floor screen,
 * until the first frame that shows a snapshot with events in it. The {@code gui} start runs on a store holding 90
 * days of history (the site's Kafka, here a built-in broker with nothing new, is up before the clock starts).
 */
final class StartBench {

    private static final long FIRST_FRAME_WAIT_S = 180;

    private final FloorPlan plan;
    private final int days;
    private final PrintWriter out;

    StartBench(FloorPlan plan, int days, PrintWriter out) {
        this.plan = plan;
        this.days = days;
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
        Path dataDir = new NinetyDayStore(plan, days, out, "start").prepare(workDir.resolve("gui-90d"), history);
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
}
