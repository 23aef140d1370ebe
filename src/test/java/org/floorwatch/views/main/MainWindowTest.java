package org.floorwatch.views.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.floorwatch.views.ScreenView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path data;

    @Test
    void showsTheFloorMarksLaterScreensAsComingAndComesBackAsItWasLeft(FxRobot robot) {
        RecordingScreen floor = new RecordingScreen("floor");
        Stage stage = onFx(() -> open(floor));

        ToggleButton reports = robot.lookup("#nav-REPORTS").queryAs(ToggleButton.class);
        assertThat(reports.isDisabled()).isTrue();
        assertThat(reports.getText()).contains("coming");
        assertThat(robot.lookup("#nav-FLOOR").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(floor.active).isTrue();

        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.interact(stage::close);

        assertThat(floor.disposed).isTrue();
        Stage again = onFx(() -> open(new RecordingScreen("floor")));
        assertThat(again.getWidth()).isEqualTo(900);
        assertThat(again.getHeight()).isEqualTo(640);
        robot.interact(again::close);
    }

    private Stage open(ScreenView floor) {
        Stage stage = new Stage();
        new MainWindow("Floorwatch test", Map.of(Screen.FLOOR, floor),
                new WindowPlacement(data.resolve("window.properties"))).show(stage);
        return stage;
    }
}
