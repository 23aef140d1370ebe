package org.floorwatch.views.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar follows the live ingest's view of the broker: online while it reads, offline once it is gone. */
@ExtendWith(ApplicationExtension.class)
class FloorStatusBarTest {

    @TempDir
    static Path brokerDir;
    @TempDir
    static Path data;
    private static EmbeddedBroker broker;
    private static StoredFloor floor;
    private FloorView view;

    @BeforeAll
    static void startABrokerOfOurOwn() {
        broker = EmbeddedBroker.start(0, brokerDir);
        floor = StoredFloor.load(broker, "status-", 300, data);
    }

    @AfterAll
    static void stopIt() {
        floor.close();
        broker.close();
    }

    @Start
    void start(Stage stage) {
        view = new FloorView(new FloorViewModel(floor.sources()));
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
        view.activate();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(view::dispose);
    }

    @Test
    void showsTheBrokerOfflineSinceItStopped(FxRobot robot) throws Exception {
        KafkaIngest ingest = floor.ingest(KafkaSettings.plain(broker.bootstrapServers(), Topics.withPrefix("status-")));
        Thread reading = new Thread(() -> ingest.run(null), "status-test-ingest");
        reading.start();
        try {
            waitUntil(() -> text(robot, "#statusBroker").equals("Broker online"));

            broker.close();

            waitUntil(() -> text(robot, "#statusBroker").startsWith("Broker offline since "));
            assertThat(text(robot, "#statusBroker")).matches("Broker offline since \\d\\d:\\d\\d:\\d\\d");
            waitUntil(() -> onFx(() -> robot.lookup("#statusBroker").query().getStyleClass().contains("warn")));
        } finally {
            ingest.stop();
            reading.join(Duration.ofSeconds(10).toMillis());
            ingest.close();
        }
    }
}
