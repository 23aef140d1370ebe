package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.views.map.FloorMapView;
import org.floorwatch.views.map.FrameStats;

/**
 * CPU time per frame of the floor map with {@value #PARTS} parts moving and the heat overlay on, in a
 * {@value #WIDTH}x{@value #HEIGHT} window, frame after frame as the floor screen draws it: the map's own
 * {@code drawFrame} (its {@link FrameStats}) and the whole frame, that is the JavaFX thread's pulse (drawFrame, CSS,
 * layout, scene sync) plus the renderer thread's rasterizing, by the threads' CPU clocks (see {@link FrameClock}).
 */
final class FloorBench {

    static final int PARTS = 5_000;
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;
    private static final int WARM_UP_FRAMES = 240;
    private static final int FRAMES = 600;
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final long LOOP_NANOS = 1_000_000_000L;

    private final FloorPlan plan;
    private final PrintWriter out;

    FloorBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run() throws InterruptedException {
        HeadlessFx.start();
        FloorSnapshot snapshot = PartsInFlight.snapshot(plan, NOW, PARTS, 7);
        FloorMapView map = HeadlessFx.call(FloorMapView::new);
        FrameClock clock = new FrameClock(now -> map.drawFrame(NOW.plusNanos(now % LOOP_NANOS)), FRAMES);
        Stage stage = HeadlessFx.call(() -> {
            map.setPlan(plan);
            map.setSnapshot(snapshot);
            map.setHeat(PartsInFlight.wipHeat(snapshot), "WIP now");
            Stage window = new Stage();
            window.setScene(new Scene(new StackPane(map), WIDTH, HEIGHT));
            window.show();
            clock.start();
            return window;
        });
        try {
            out.printf(Locale.ROOT, "floor: %,d parts moving, heat overlay on, %dx%d px, software rendering...%n",
                    PARTS, WIDTH, HEIGHT);
            out.flush();
            waitForFrames(clock, WARM_UP_FRAMES);
            HeadlessFx.run(() -> {
                clock.restartCount();
                map.frameStats().clear();
            });
            waitForFrames(clock, FRAMES);
            FrameStats draw = HeadlessFx.call(() -> {
                clock.stop();
                return map.frameStats();
            });
            double drawP50 = draw.percentileNanos(50) / 1e6;
            double drawP99 = draw.percentileNanos(99) / 1e6;
            out.printf(Locale.ROOT, "  %d frames at %.0f frames/s%n", clock.frames(), clock.framesPerSecond());
            out.printf(Locale.ROOT, "  %-40s %8s %8s%n", "CPU per frame", "p50 ms", "p99 ms");
            out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f%n", "map drawFrame", drawP50, drawP99);
            out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f%n", "JavaFX thread (drawFrame + pulse)", clock.fxMillis(50),
                    clock.fxMillis(99));
            out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f%n", "renderer thread (rasterizing)", clock.renderMillis(50),
                    clock.renderMillis(99));
            out.printf(Locale.ROOT, "  %-40s %8.2f %8.2f   (target p99 <= 8 ms)%n", "whole frame (both threads)",
                    clock.totalMillis(50), clock.totalMillis(99));
            double repaint = repaintAfterPanMillis(map);
            out.printf(Locale.ROOT, "  %-40s %8.2f   (median; every layer and the heat image redrawn)%n",
                    "drawFrame after a pan or zoom", repaint);
            return List.of(new BenchFigure("floor.frame_p50_ms", clock.totalMillis(50), "ms"),
                    new BenchFigure("floor.frame_p99_ms", clock.totalMillis(99), "ms"),
                    new BenchFigure("floor.draw_frame_p50_ms", drawP50, "ms"),
                    new BenchFigure("floor.draw_frame_p99_ms", drawP99, "ms"),
                    new BenchFigure("floor.repaint_after_pan_ms", repaint, "ms"));
        } finally {
            HeadlessFx.run(() -> {
                clock.stop();
                stage.hide();
            });
        }
    }

    /** The median wall time of a drawFrame right after the view moved (all layers redrawn), over 21 tries. */
    private static double repaintAfterPanMillis(FloorMapView map) throws InterruptedException {
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = HeadlessFx.call(() -> {
                long start = System.nanoTime();
                map.resetView();
                map.drawFrame(NOW);
                return System.nanoTime() - start;
            });
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    private static void waitForFrames(FrameClock clock, int frames) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (HeadlessFx.call(clock::frames) < frames) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the floor map drew only " + clock.frames() + " frames in 2 minutes");
            }
            Thread.sleep(100);
        }
    }
}
