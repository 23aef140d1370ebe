package org.floorwatch.views.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The windows' layout is kept per monitor set-up (headless JavaFX has one screen, so the set-up is handed in): each
 * set-up gets back its own detached screens, where they were; a set-up never seen starts from the main window as last
 * left; and no window is put where no monitor shows it.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    private static final MonitorSetup ONE = MonitorSetup.of(new Rectangle2D(0, 0, 1280, 800));
    private static final MonitorSetup TWO = MonitorSetup.of(new Rectangle2D(0, 0, 1280, 800),
            new Rectangle2D(1280, 0, 1280, 800));

    @TempDir
    Path data;

    private final AtomicReference<MonitorSetup> monitors = new AtomicReference<>(ONE);
    private MainWindow window;
    private Stage main;

    @Test
    void eachMonitorSetUpGetsItsOwnLayoutBack(FxRobot robot) throws IOException {
        open(robot);
        robot.interact(() -> {
            place(main, new WindowBounds(20, 30, 900, 640, false, false));
            window.select(Screen.SOURCES);
            window.detach(Screen.REPORTS);
            place(window.detachedWindows().get(Screen.REPORTS), new WindowBounds(300, 200, 700, 500, false, false));
        });
        robot.interact(main::close);
        assertThat(Files.readAllLines(data.resolve("window.properties")))
                .contains("1@0,0,1280x800.REPORTS.open=true", "1@0,0,1280x800.screen=SOURCES");

        monitors.set(TWO);
        open(robot);
        assertThat(bounds(main)).as("a new set-up: the main window as last left").isEqualTo(at(20, 30, 900, 640));
        assertThat(window.currentScreenProperty().get()).isEqualTo(Screen.SOURCES);
        assertThat(onFx(window::detachedWindows)).isEmpty();
        robot.interact(() -> window.detach(Screen.FLOOR));
        Stage floor = onFx(() -> window.detachedWindows().get(Screen.FLOOR));
        assertThat(floor.isMaximized()).as("first time: maximised on the other monitor").isTrue();
        assertThat(WindowBounds.of(floor).x()).isBetween(1280.0, 2560.0);
        robot.interact(() -> window.select(Screen.REPORTS));
        robot.interact(main::close);

        monitors.set(ONE);
        open(robot);
        assertThat(onFx(window::detachedWindows)).containsOnlyKeys(Screen.REPORTS);
        assertThat(bounds(window.detachedWindows().get(Screen.REPORTS))).isEqualTo(at(300, 200, 700, 500));
        assertThat(window.currentScreenProperty().get()).isEqualTo(Screen.SOURCES);
        assertThat(bounds(main)).isEqualTo(at(20, 30, 900, 640));
        robot.interact(main::close);

        monitors.set(TWO);
        open(robot);
        assertThat(onFx(window::detachedWindows)).containsOnlyKeys(Screen.FLOOR);
        Stage again = onFx(() -> window.detachedWindows().get(Screen.FLOOR));
        assertThat(again.isMaximized()).isTrue();
        assertThat(onFx(() -> WindowBounds.of(again))).as("maximised, over its place on the second monitor")
                .isEqualTo(new WindowBounds(1408, 80, 1024, 640, true, false));
        assertThat(window.currentScreenProperty().get()).isEqualTo(Screen.REPORTS);
        robot.interact(main::close);
    }

    @Test
    void aWindowOffEveryMonitorIsBroughtBackOntoThePrimary(FxRobot robot) throws IOException {
        monitors.set(TWO);
        open(robot);
        robot.interact(() -> place(main, new WindowBounds(1500, 100, 900, 640, false, false)));
        robot.interact(main::close);
        String layout = "1@0,0,1280x800.";
        Files.writeString(data.resolve("window.properties"), String.join("\n", layout + "REPORTS.open=true",
                layout + "REPORTS.x=5000", layout + "REPORTS.y=3000", layout + "REPORTS.width=700",
                layout + "REPORTS.height=500", layout + "SOURCES.open=true", layout + "SOURCES.x=400",
                layout + "SOURCES.y=-400", layout + "SOURCES.width=700", layout + "SOURCES.height=500",
                Files.readString(data.resolve("window.properties"))));

        monitors.set(ONE);
        open(robot);
        assertThat(bounds(main)).as("the second monitor's main window, centred on the primary")
                .isEqualTo(at(190, 80, 900, 640));
        Map<Screen, Stage> own = onFx(window::detachedWindows);
        assertThat(bounds(own.get(Screen.REPORTS))).isEqualTo(at(290, 150, 700, 500));
        assertThat(bounds(own.get(Screen.SOURCES))).as("its top edge above the monitor").isEqualTo(at(290, 150, 700, 500));
        robot.interact(main::close);
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            Map<Screen, org.floorwatch.views.ScreenView> screens = Map.of(Screen.FLOOR, new RecordingScreen("floor"),
                    Screen.REPORTS, new RecordingScreen("reports"), Screen.SOURCES, new RecordingScreen("sources"));
            main = new Stage();
            window = new MainWindow("Floorwatch test", screens,
                    new WindowPlacement(data.resolve("window.properties"), monitors::get));
            window.show(main);
        });
    }

    private static void place(Stage stage, WindowBounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    private static WindowBounds bounds(Stage stage) {
        return onFx(() -> new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), false));
    }

    private static WindowBounds at(double x, double y, double width, double height) {
        return new WindowBounds(x, y, width, height, false, false);
    }
}
