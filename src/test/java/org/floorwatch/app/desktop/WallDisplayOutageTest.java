package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.floorwatch.views.main.WallDisplay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The wall display rides out a broker it cannot reach ({@code gui --kiosk} on a port nobody listens on): the status
 * strip says so in words and goes on cycling; no dialog or other window opens.
 */
@ExtendWith(ApplicationExtension.class)
class WallDisplayOutageTest {

    @TempDir
    static Path site;

    private static ControlRoom room;
    private WallDisplay wall;
    private Stage stage;

    @BeforeAll
    static void startOnABrokerThatIsNotThere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = Files.writeString(site.resolve("site.properties"), String.join("\n",
                "kafka.bootstrap.servers=127.0.0.1:" + port, "data.dir=data", "kiosk.cycle.seconds=1", ""));
        room = ControlRoom.live(GuiConfig.load(config, "wall"));
    }

    @AfterAll
    static void stopTheControlRoom() {
        room.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wall = DesktopLauncher.wallDisplay(room);
        wall.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.close();
        });
    }

    @Test
    void theStripSaysTheBrokerIsUnreachableAndNoDialogOpens(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#wall-broker").startsWith("Broker unreachable since "));

        assertThat(text(robot, "#wall-broker")).endsWith(", retrying");
        assertThat(onFx(() -> robot.lookup("#wall-broker").query().getPseudoClassStates().toString())).contains("trouble");
        String before = text(robot, "#wall-showing");
        waitUntil(() -> !text(robot, "#wall-showing").equals(before));
        assertThat(onFx(() -> Window.getWindows().size())).as("no dialog or second window").isEqualTo(1);
        assertThat(onFx(stage::isFullScreen)).isTrue();
    }
}
