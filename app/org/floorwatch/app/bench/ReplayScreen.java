package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.floorwatch.views.FloorClock;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.IngestStatus;
import org.floorwatch.views.floor.FloorTime;
import org.floorwatch.views.floor.FloorView;
import org.floorwatch.views.floor.FloorViewModel;
import org.floorwatch.views.theme.Theme;

/**
 * The Floor screen on a long history, headless: seeks to random past instants, each timed from the request (as the
 * time bar makes it, on the JavaFX thread) to the first frame whose map shows the floor at that instant; then
 * playback at 600x, frame by frame the CPU time of the JavaFX thread, the renderer and the player's thread.
 */
final class ReplayScreen {

    static final int WIDTH = 1440;
    static final int HEIGHT = 860;
    private static final int WARM_UP_SEEKS = 5;
    private static final int SEEKS = 40;
    private static final int WARM_UP_FRAMES = 120;
    private static final int FRAMES = 600;
    private static final double SPEED = 600;

    private final FloorPlan plan;
    private final PrintWriter out;

    ReplayScreen(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(FloorStore store, Instant first, Instant last) throws Exception {
        HeadlessFx.start();
        try (LiveFloorFeed feed = new LiveFloorFeed(plan, store, Duration.ofMillis(100))) {
            FloorSources sources = new FloorSources(plan, store, feed, new IngestStatus(), FloorClock.wall());
            FloorViewModel model = HeadlessFx.call(() -> new FloorViewModel(sources));
            FloorView view = HeadlessFx.call(() -> new FloorView(model));
            Stage stage = HeadlessFx.call(() -> {
                Stage window = new Stage();
                Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
                Theme.apply(scene);
                window.setScene(scene);
                window.show();
                view.activate();
                return window;
            });
            try {
                List<BenchFigure> figures = new ArrayList<>(seeks(view, model.time(), first, last));
                figures.addAll(playback(model.time(), ReplayBench.between(new Random(3), first, last)));
                return figures;
            } finally {
                HeadlessFx.run(() -> {
                    view.dispose();
                    stage.hide();
                });
            }
        }
    }

    private List<BenchFigure> seeks(FloorView view, FloorTime time, Instant first, Instant last) throws Exception {
        Random random = new Random(17);
        double[] millis = new double[SEEKS];
        for (int i = -WARM_UP_SEEKS; i < SEEKS; i++) {
            Instant at = ReplayBench.between(random, first, last).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            CompletableFuture<Long> shown = new CompletableFuture<>();
            AnimationTimer watch = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (view.map().snapshot().asOf().equals(at)) {
                        shown.complete(System.nanoTime());
                        stop();
                    }
                }
            };
            long asked = HeadlessFx.call(() -> {
                watch.start();
                long began = System.nanoTime();
                time.seek(at);
                return began;
            });
            long drawn = shown.get(60, TimeUnit.SECONDS);
            if (i >= 0) {
                millis[i] = (drawn - asked) / 1e6;
            }
        }
        Arrays.sort(millis);
        double p95 = millis[(int) Math.ceil(0.95 * SEEKS) - 1];
        out.printf(Locale.ROOT, "seek: %d random instants, request to first frame showing it: median %.1f ms, p95 %.1f ms, "
                + "slowest %.1f ms (target p95 <= 200 ms)%n", SEEKS, millis[SEEKS / 2], p95, millis[SEEKS - 1]);
        return List.of(new BenchFigure("floor.seek_p50_ms", millis[SEEKS / 2], "ms"),
                new BenchFigure("floor.seek_p95_ms", p95, "ms"));
    }

    private List<BenchFigure> playback(FloorTime time, Instant from) throws Exception {
        FrameClock clock = new FrameClock(now -> { }, FRAMES, "floor-replay");
        HeadlessFx.run(() -> {
            time.speedProperty().set(SPEED);
            time.seek(from);
            time.play();
            clock.start();
        });
        waitForFrames(clock, WARM_UP_FRAMES);
        HeadlessFx.run(clock::restartCount);
        waitForFrames(clock, FRAMES);
        String note = HeadlessFx.call(() -> {
            clock.stop();
            String said = time.noteProperty().get();
            time.pause();
            return said;
        });
        out.printf(Locale.ROOT, "replay at %.0fx, %dx%d px: %d frames at %.0f frames/s%s%n", SPEED, WIDTH, HEIGHT,
                clock.frames(), clock.framesPerSecond(), note.isEmpty() ? "" : " (" + note + ")");
        out.printf(Locale.ROOT, "  %-40s %8s %8s%n", "CPU per frame", "p50 ms", "p99 ms");
        out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f%n", "JavaFX thread", clock.fxMillis(50), clock.fxMillis(99));
        out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f%n", "renderer thread", clock.renderMillis(50), clock.renderMillis(99));
        out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f%n", "player thread (store reads)", clock.alsoMillis(50),
                clock.alsoMillis(99));
        out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f   (target p99 <= 16 ms)%n", "whole frame (three threads)",
                clock.totalMillis(50), clock.totalMillis(99));
        return List.of(new BenchFigure("floor.replay_frame_p50_ms", clock.totalMillis(50), "ms"),
                new BenchFigure("floor.replay_frame_p99_ms", clock.totalMillis(99), "ms"));
    }

    private static void waitForFrames(FrameClock clock, int frames) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (HeadlessFx.call(clock::frames) < frames) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Floor screen drew only " + clock.frames() + " frames in 3 minutes");
            }
            Thread.sleep(100);
        }
    }
}
