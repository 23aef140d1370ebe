package org.floorwatch.views.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;

import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A screen in a window of its own: a second stage shows it, active there only; the main window's navigation raises
 * that window; closing it deactivates the screen (its scene-wide shortcut goes too) and gives it back.
 */
@ExtendWith(ApplicationExtension.class)
class DetachedWindowsTest {

    @TempDir
    Path data;

    private RecordingScreen floor;
    private RecordingScreen reports;
    private RecordingScreen sources;
    private MainWindow window;
    private Stage main;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> main.close());
    }

    @Test
    void aScreenOpensInASecondWindowIsActiveThereOnlyAndGoesBackWhenItsWindowCloses(FxRobot robot) {
        open(robot);
        robot.interact(() -> window.select(Screen.REPORTS));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);

        Stage own = onFx(() -> window.detachedWindows().get(Screen.REPORTS));
        assertThat(own).isNotNull().isNotSameAs(main);
        assertThat(own.isShowing()).isTrue();
        assertThat(own.getTitle()).isEqualTo("Reports \u2014 Floorwatch test");
        assertThat(reports.root.getScene()).isSameAs(own.getScene());
        assertThat(reports.active).isTrue();
        assertThat(reports.activeIn).isSameAs(own.getScene());
        assertThat(window.currentScreenProperty().get()).as("the main window shows the first screen left").isEqualTo(Screen.FLOOR);
        assertThat(floor.active).isTrue();
        assertThat(nav(robot, Screen.REPORTS).getText()).isEqualTo("Reports  \u2197");

        int activations = reports.activations;
        robot.clickOn("#nav-REPORTS");
        assertThat(window.currentScreenProperty().get()).as("its name raises its window").isEqualTo(Screen.FLOOR);
        assertThat(nav(robot, Screen.FLOOR).isSelected()).isTrue();
        assertThat(reports.activations).isEqualTo(activations);

        robot.interact(own::close);
        assertThat(reports.active).as("closed: deactivated").isFalse();
        assertThat(reports.root.getScene()).isNull();
        assertThat(own.getScene().getAccelerators()).doesNotContainKey(RecordingScreen.OWN_KEY);
        assertThat(onFx(window::detachedWindows)).isEmpty();
        assertThat(nav(robot, Screen.REPORTS).getText()).isEqualTo("Reports");
        assertThat(window.currentScreenProperty().get()).as("closing it does not switch the main window").isEqualTo(Screen.FLOOR);

        robot.interact(main::requestFocus);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(window.currentScreenProperty().get()).isEqualTo(Screen.REPORTS);
        assertThat(reports.activeIn).isSameAs(main.getScene());
        assertThat(main.getScene().getAccelerators()).containsKey(RecordingScreen.OWN_KEY);
    }

    @Test
    void theButtonAndTheMenuDetachTheMainWindowKeepsOneScreenAndCtrlShiftNBringsAScreenBack(FxRobot robot) {
        open(robot);
        robot.clickOn("#openInNewWindow");
        assertThat(onFx(window::detachedWindows)).containsOnlyKeys(Screen.FLOOR);
        assertThat(window.currentScreenProperty().get()).isEqualTo(Screen.REPORTS);

        robot.interact(() -> nav(robot, Screen.SOURCES).getContextMenu().getItems().get(0).fire());
        assertThat(onFx(window::detachedWindows)).containsOnlyKeys(Screen.FLOOR, Screen.SOURCES);
        assertThat(window.currentScreenProperty().get()).isEqualTo(Screen.REPORTS);
        assertThat(robot.lookup("#openInNewWindow").queryAs(Button.class).isDisabled())
                .as("the main window keeps one screen").isTrue();
        robot.interact(() -> window.detach(Screen.REPORTS));
        assertThat(onFx(window::detachedWindows)).doesNotContainKey(Screen.REPORTS);

        Stage floorWindow = onFx(() -> window.detachedWindows().get(Screen.FLOOR));
        robot.interact(floorWindow::requestFocus);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        assertThat(floorWindow.isShowing()).isFalse();
        assertThat(window.currentScreenProperty().get()).as("brought back and shown").isEqualTo(Screen.FLOOR);
        assertThat(floor.activeIn).isSameAs(main.getScene());
        assertThat(reports.active).isFalse();
        assertThat(sources.active).isTrue();

        Stage sourcesWindow = onFx(() -> window.detachedWindows().get(Screen.SOURCES));
        robot.interact(main::close);
        assertThat(sourcesWindow.isShowing()).as("the main window closes the others").isFalse();
        assertThat(sources.active).isFalse();
        assertThat(sources.disposed && floor.disposed && reports.disposed).isTrue();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            floor = new RecordingScreen("floor");
            reports = new RecordingScreen("reports");
            sources = new RecordingScreen("sources");
            main = new Stage();
            window = new MainWindow("Floorwatch test",
                    Map.of(Screen.FLOOR, floor, Screen.REPORTS, reports, Screen.SOURCES, sources),
                    new WindowPlacement(data.resolve("window.properties"),
                            () -> MonitorSetup.of(new Rectangle2D(0, 0, 1280, 800))));
            window.show(main);
        });
    }

    private static ToggleButton nav(FxRobot robot, Screen screen) {
        return robot.lookup("#nav-" + screen.name()).queryAs(ToggleButton.class);
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
    }
}
