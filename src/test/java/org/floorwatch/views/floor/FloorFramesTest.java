package org.floorwatch.views.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.waitUntil;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.floorwatch.floorplan.live.HeatLevel;
import org.floorwatch.views.map.FloorMapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map is drawn at the rate the floor changes: a new snapshot at once, moving parts at the animation's step, and
 * nothing at all (no frame, no JavaFX pulse) while nothing changes.
 */
@ExtendWith(ApplicationExtension.class)
class FloorFramesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final AtomicReference<FloorFrame> mailbox = new AtomicReference<>();
    private final AtomicInteger pulses = new AtomicInteger();
    private FloorFrames frames;

    @Start
    void start(Stage stage) {
        FloorMapView map = new FloorMapView();
        map.setPlan(SmallPlan.plan());
        mailbox.set(new FloorFrame(floor(NOW, List.of()), -1));
        frames = new FloorFrames(map, mailbox::get, frame -> { }, () -> 1.0);
        Scene scene = new Scene(new StackPane(map), 800, 500);
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(frames::stop);
    }

    @Test
    void aStillFloorIsDrawnOnceAndThenCostsNoFramesNorPulses(FxRobot robot) throws Exception {
        robot.interact(frames::start);
        Thread.sleep(300);
        long drawn = onFx(frames::frames);
        int pulsesBefore = pulses.get();
        Thread.sleep(1000);

        assertThat(onFx(frames::frames)).as("frames in a second of nothing changing").isEqualTo(drawn);
        assertThat(pulses.get() - pulsesBefore).as("JavaFX pulses in that second").isLessThanOrEqualTo(2);

        mailbox.set(new FloorFrame(floor(NOW.plusSeconds(1), List.of()), -1));
        waitUntil(() -> frames.frames() == drawn + 1);
    }

    @Test
    void movingPartsAreDrawnAtTheAnimationStepNotEveryPulse(FxRobot robot) throws Exception {
        mailbox.set(new FloorFrame(floor(NOW, List.of(new PartInTransit("P-1", "T", "IN", "PRESS", NOW))), -1));
        robot.interact(frames::start);
        long first = onFx(frames::frames);
        Thread.sleep(1000);
        long inASecond = onFx(frames::frames) - first;

        assertThat(inASecond).as("frames in a second of one part moving (12 a second)").isBetween(4L, 14L);
    }

    private static FloorSnapshot floor(Instant at, List<PartInTransit> parts) {
        List<StationLive> stations = SmallPlan.plan().stations().stream()
                .map(s -> new StationLive(s.id(), 1, 0, 0, 0, HeatLevel.NO_READING)).toList();
        return new FloorSnapshot(at, stations, parts, List.of(), 0, 0, stations.size(), null);
    }
}
