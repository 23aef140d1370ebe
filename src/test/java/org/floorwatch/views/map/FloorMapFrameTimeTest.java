package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Measures drawFrame with 5,000 parts in flight and the heat overlay on; prints the figures, never judges them. */
@ExtendWith(ApplicationExtension.class)
class FloorMapFrameTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final int PARTS = 5_000;
    private static final int FRAMES = 300;

    private FloorMapView map;
    private FloorSnapshot snapshot;

    @Start
    void start(Stage stage) {
        FloorPlan plan = FloorPlanLoader.defaultPlan();
        snapshot = BusyFloor.snapshot(plan, NOW, PARTS, 7);
        map = new FloorMapView();
        map.setPlan(plan);
        map.setSnapshot(snapshot);
        map.setHeat(BusyFloor.wipHeat(snapshot), "Avg WIP, last 15 min");
        stage.setScene(new Scene(new StackPane(map), 1200, 700));
        stage.show();
    }

    @Test
    void printsDrawFrameTimesForFiveThousandPartsInFlight() {
        frames(100);
        WaitForAsyncUtils.waitForFxEvents();
        map.frameStats().clear();

        frames(FRAMES);

        FrameStats stats = map.frameStats();
        int frames = stats.count();
        System.out.printf("floor map drawFrame, %d parts in flight, heat on, %d frames: p50 %.2f ms, p99 %.2f ms%n",
                PARTS, frames, stats.percentileNanos(50) / 1e6, stats.percentileNanos(99) / 1e6);
        long[] repaint = new long[21];
        for (int i = 0; i < repaint.length; i++) {
            repaint[i] = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                long start = System.nanoTime();
                map.resetView();
                map.drawFrame(NOW);
                return System.nanoTime() - start;
            }));
        }
        Arrays.sort(repaint);
        System.out.printf("floor map frame after a pan or zoom (all layers and the heat image redrawn): median %.1f ms%n",
                repaint[repaint.length / 2] / 1e6);
        System.out.printf("floor map rendered in the software pipeline as an image: a new frame %.1f ms,"
                + " after a pan (all layers redrawn) %.1f ms (medians)%n",
                medianRenderMillis(() -> map.drawFrame(NOW)), medianRenderMillis(() -> {
                    map.drawFrame(NOW);
                    map.resetView();
                }));
        assertThat(frames).isEqualTo(FRAMES);
    }

    /** What the scene graph spends drawing the control after {@code change}, measured as a snapshot of it. */
    private double medianRenderMillis(Runnable change) {
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                change.run();
                long start = System.nanoTime();
                map.snapshot(null, null);
                return System.nanoTime() - start;
            }));
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    /** Frames 16 ms of floor time apart, each its own FX event so the scene renders in between. */
    private void frames(int count) {
        for (int i = 0; i < count; i++) {
            Instant at = NOW.plus(Duration.ofMillis(16L * (i % 60)));
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> map.drawFrame(at)));
        }
    }
}
