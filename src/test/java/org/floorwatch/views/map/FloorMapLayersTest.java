package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.floorwatch.floorplan.live.HeatLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map redraws only what changed: parts moving never redraw the plan layer, a new snapshot never the heat image. */
@ExtendWith(ApplicationExtension.class)
class FloorMapLayersTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private FloorMapView map;

    @Start
    void start(Stage stage) {
        map = new FloorMapView();
        map.setPlan(SmallPlan.plan());
        stage.setScene(new Scene(new StackPane(map), 1200, 700));
        stage.show();
    }

    @Test
    void movingPartsRedrawOnlyTheMovingLayerAndThePartIsDrawnWhereItIsNow(FxRobot robot) {
        Point2D halfway = onFx(() -> map.screenPoint(11, 12));
        LayerPaints before = onFx(() -> {
            map.setHeat(Map.of("PRESS", 5.0), "WIP now");
            map.setSnapshot(floor(List.of(new PartInTransit("P-1", "T", "IN", "PRESS", NOW.minusSeconds(2)))));
            map.drawFrame(NOW);
            return map.layerPaints();
        });
        double partThen = onFx(() -> brightness(map.snapshot(null, null).getPixelReader()
                .getColor((int) halfway.getX(), (int) halfway.getY())));

        LayerPaints after = onFx(() -> {
            map.drawFrame(NOW.plusMillis(500));
            map.drawFrame(NOW.plusMillis(1000));
            return map.layerPaints();
        });
        double partGone = onFx(() -> brightness(map.snapshot(null, null).getPixelReader()
                .getColor((int) halfway.getX(), (int) halfway.getY())));

        assertThat(after.moving()).isEqualTo(before.moving() + 2);
        assertThat(after.plan()).as("plan, heat and marks").isEqualTo(before.plan());
        assertThat(after.heat()).as("heat image").isEqualTo(before.heat());
        assertThat(partThen).as("the part halfway from IN to PRESS").isGreaterThan(0.6);
        assertThat(partGone).as("the part has moved on from there").isLessThan(partThen - 0.3);
    }

    @Test
    void aFloorWhereNothingMovesIsNotRedrawnAndSaysSo(FxRobot robot) {
        LayerPaints first = onFx(() -> {
            map.setSnapshot(floor(List.of(new PartInTransit("P-1", "T", "IN", "PRESS", NOW.minusSeconds(120)))));
            map.drawFrame(NOW);
            return map.layerPaints();
        });
        boolean animates = onFx(map::animates);
        LayerPaints later = onFx(() -> {
            map.drawFrame(NOW.plusSeconds(1));
            map.drawFrame(NOW.plusSeconds(60));
            return map.layerPaints();
        });

        assertThat(animates).as("the only part arrived long ago").isFalse();
        assertThat(later).isEqualTo(first);
    }

    @Test
    void aNewSnapshotRedrawsThePlanLayerOnceButKeepsTheHeatImage(FxRobot robot) {
        LayerPaints first = onFx(() -> {
            map.setHeat(Map.of("PRESS", 5.0), "WIP now");
            map.setSnapshot(floor(List.of()));
            map.drawFrame(NOW);
            return map.layerPaints();
        });
        LayerPaints next = onFx(() -> {
            map.setSnapshot(floor(List.of()));
            map.drawFrame(NOW.plusSeconds(1));
            return map.layerPaints();
        });

        assertThat(next.plan()).as("badges over the plan").isEqualTo(first.plan() + 1);
        assertThat(next.heat()).as("heat image").isEqualTo(first.heat());
    }

    private static FloorSnapshot floor(List<PartInTransit> parts) {
        List<StationLive> stations = SmallPlan.plan().stations().stream()
                .map(s -> new StationLive(s.id(), 2, 0, 0, 0, HeatLevel.NO_READING)).toList();
        return new FloorSnapshot(NOW, stations, parts, List.of(), 0, 0, 2 * stations.size(), null);
    }

    private static double brightness(Color colour) {
        return (colour.getRed() + colour.getGreen() + colour.getBlue()) / 3;
    }
}
