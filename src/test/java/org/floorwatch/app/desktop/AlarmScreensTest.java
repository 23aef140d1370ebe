package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.views.main.MainWindow;
import org.floorwatch.views.main.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The alarm screens in the running app ({@code gui} on a real broker and store, the small plan with alarm limits):
 * a reading over alarm_c is in the banner and the list within a second of being stored, and acknowledging it with a
 * note shows in the journal.
 */
@ExtendWith(ApplicationExtension.class)
class AlarmScreensTest {

    @TempDir
    static Path site;

    private static ControlRoom room;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void startTheControlRoom() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        Topics topics = Topics.withPrefix(SharedBroker.topicPrefix("alarm-screens"));
        broker.createTopics(topics.all(), 1);
        Path plan = Files.writeString(site.resolve("plan.json"), SmallPlan.withAlarmLimitsJson());
        Path config = Files.writeString(site.resolve("site.properties"), String.join("\n",
                "kafka.bootstrap.servers=" + broker.bootstrapServers(), "kafka.topic.moves=" + topics.moves(),
                "kafka.topic.heat=" + topics.heat(), "kafka.topic.energy=" + topics.energy(), "data.dir=data",
                "plan.file=" + plan.getFileName(), "operator.name=Dana Reyes", ""));
        room = ControlRoom.live(GuiConfig.load(config));
        room.alarms().alarms().awaitSettled(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopTheControlRoom() {
        room.close();
    }

    @Start
    void start(Stage stage) {
        window = DesktopLauncher.mainWindow(room);
        window.show(stage);
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aReadingOverAlarmIsInTheBannerAndTheListWithinASecondAndItsAcknowledgementInTheJournal(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.select(Screen.ALARMS));
        TableView<Row> list = robot.lookup("#table").queryAs(TableView.class);
        Label newest = robot.lookup("#bannerNewest").queryAs(Label.class);
        AtomicLong inBanner = new AtomicLong();
        AtomicLong inList = new AtomicLong();
        robot.interact(() -> {
            newest.textProperty().addListener((obs, old, now) -> {
                if (now.contains("HS-PRESS")) {
                    inBanner.compareAndSet(0, System.nanoTime());
                }
            });
            list.getItems().addListener((ListChangeListener<Row>) change -> {
                if (!list.getItems().isEmpty()) {
                    inList.compareAndSet(0, System.nanoTime());
                }
            });
        });

        room.sources().store().writer().write(IngestBatch.of(List.of(
                new HeatReading("hot-1", Instant.now(), "HS-PRESS", 81.5))));
        long stored = System.nanoTime();
        waitUntil(() -> inBanner.get() != 0 && inList.get() != 0, 10);

        assertThat((inBanner.get() - stored) / 1e6).as("milliseconds from the commit to the banner").isLessThan(1000);
        assertThat((inList.get() - stored) / 1e6).as("milliseconds from the commit to the list").isLessThan(1000);
        assertThat(text(robot, "#banner-high")).isEqualTo("1 High");
        assertThat(text(robot, "#bannerNewest")).contains("HEAT ALARM 81.5 \u00b0C");
        assertThat(list.getItems()).singleElement().satisfies(row -> {
            assertThat(row.episode().source()).isEqualTo("HS-PRESS");
            assertThat(row.active()).isTrue();
            assertThat(row.acknowledged()).isFalse();
        });

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#note").write("Cooling fan restarted");
        robot.clickOn("#acknowledge");
        waitUntil(() -> text(robot, "#banner-high").equals("0 High"), 5);
        robot.clickOn("Journal");
        TableView<Row> journal = robot.lookup("#journal").queryAs(TableView.class);
        waitUntil(() -> !journal.getItems().isEmpty() && journal.getItems().get(0).acknowledged(), 5);

        Row row = journal.getItems().get(0);
        assertThat(row.ack().by()).isEqualTo("Dana Reyes");
        assertThat(row.ack().note()).isEqualTo("Cooling fan restarted");
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("Dana Reyes at ")
                        .endsWith(": Cooling fan restarted"));
        assertThat(text(robot, "#message")).isEqualTo("Acknowledged 1 alarm as Dana Reyes");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
