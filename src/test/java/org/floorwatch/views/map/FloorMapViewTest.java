package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorwatch.views.FxTests.onFx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.floorwatch.floorplan.live.HeatLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FloorMapViewTest {

    /** A whole even second, so the alarm's slow pulse is at full strength. */
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
    void anAlarmStationStandsOutInRedOnACalmDarkGreyFloor(FxRobot robot) {
        WritableImage image = onFx(() -> {
            map.setSnapshot(floorWithPressInAlarm());
            map.drawFrame(NOW);
            return map.snapshot(null, null);
        });

        Color pressEdge = pixel(image, 14, 14);
        assertThat(pressEdge.getRed()).isGreaterThan(0.7);
        assertThat(pressEdge.getGreen()).isLessThan(0.35);
        assertThat(pressEdge.getBlue()).isLessThan(0.35);
        assertGrey(pixel(image, 28, 13.5), 0.3);
        assertThat(brightness(image.getPixelReader().getColor(5, 5))).isLessThan(0.12);
        assertThat(brightness(pixel(image, 70, 36))).isLessThan(0.15);
        assertGrey(pixel(image, 70, 36), 0);
        assertThat(brightness(pixel(image, 11, 12))).as("the part halfway from IN to PRESS").isGreaterThan(0.6);
    }

    @Test
    void theHeatOverlayTintsTheFloorAroundBusyStationsAndCanBeHidden(FxRobot robot) {
        Point2D besideCheck = onFx(() -> map.screenPoint(35, 12.8));
        Color shown = onFx(() -> {
            map.setHeat(Map.of("CHECK", 10.0, "PRESS", 2.0), "Avg WIP, last 15 min");
            map.drawFrame(NOW);
            return map.snapshot(null, null).getPixelReader().getColor((int) besideCheck.getX(), (int) besideCheck.getY());
        });
        Color hidden = onFx(() -> {
            map.setHeatVisible(false);
            map.drawFrame(NOW);
            return map.snapshot(null, null).getPixelReader().getColor((int) besideCheck.getX(), (int) besideCheck.getY());
        });

        assertThat(shown.getBlue()).as("teal heat").isGreaterThan(shown.getRed() + 0.08);
        assertGrey(hidden, 0);
    }

    @Test
    void clickingAStationSelectsItAndTheHitTestFindsIt(FxRobot robot) {
        Point2D press = onFx(() -> map.screenPoint(18, 12.5));
        assertThat(map.stationAt(press.getX(), press.getY())).contains("PRESS");
        assertThat(onFx(() -> map.stationAt(press.getX(), 5))).isEmpty();

        robot.clickOn(map.localToScreen(press));
        assertThat(map.selectedStationProperty().get()).isEqualTo("PRESS");
        assertThat(map.hoveredStationProperty().get()).isEqualTo("PRESS");

        robot.clickOn(map.localToScreen(map.screenPoint(60, 35)));
        assertThat(map.selectedStationProperty().get()).isNull();
    }

    @Test
    void scrollingZoomsAroundTheCursorAndResetFitsThePlanAgain(FxRobot robot) {
        double fitted = map.scale();
        Point2D check = onFx(() -> map.screenPoint(31, 12));

        robot.moveTo(map.localToScreen(check)).scroll(3, VerticalDirection.UP);

        assertThat(map.scale()).isNotCloseTo(fitted, within(fitted * 0.1));
        assertThat(map.stationAt(check.getX(), check.getY())).contains("CHECK");
        robot.interact(map::resetView);
        assertThat(map.scale()).isCloseTo(fitted, within(1e-9));
    }

    private static FloorSnapshot floorWithPressInAlarm() {
        List<StationLive> stations = SmallPlan.plan().stations().stream()
                .map(s -> new StationLive(s.id(), s.id().equals("PRESS") ? 7 : 2, 0, 0, 0,
                        s.id().equals("PRESS") ? HeatLevel.ALARM : HeatLevel.NO_READING))
                .toList();
        List<SensorLive> sensors = List.of(new SensorLive("HS-PRESS", "PRESS", 81, NOW, HeatLevel.ALARM));
        List<PartInTransit> parts = List.of(new PartInTransit("P-1", "T", "IN", "PRESS", NOW.minusSeconds(2)));
        return new FloorSnapshot(NOW, stations, parts, sensors, 0, 0, 17, "PRESS");
    }

    private Color pixel(WritableImage image, double floorX, double floorY) {
        Point2D at = map.screenPoint(floorX, floorY);
        return image.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
    }

    private static double brightness(Color colour) {
        return (colour.getRed() + colour.getGreen() + colour.getBlue()) / 3;
    }

    private static void assertGrey(Color colour, double atLeast) {
        assertThat(Math.abs(colour.getRed() - colour.getGreen())).isLessThan(0.06);
        assertThat(Math.abs(colour.getGreen() - colour.getBlue())).isLessThan(0.06);
        assertThat(brightness(colour)).isGreaterThanOrEqualTo(atLeast);
    }
}
