package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.audit.AuditTrail;
import org.floorwatch.views.main.Screen;
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
 * The wall display on the running app ({@code gui --kiosk}; an engineer's login, every screen chosen, a 1 s cycle,
 * an active alarm): it cycles every chosen screen in order, full screen; on none of them is an import, export,
 * acknowledge, shelve or note control reachable, nor a dropped file taken; no key (fired on each screen, and typed
 * on the alarm list) leads to one, acts on the alarm or leaves full screen.
 */
@ExtendWith(ApplicationExtension.class)
class WallDisplayTest {

    /** Ids of the controls that act on the store or write a file: none may be shown on a wall display. */
    private static final Set<String> ACTING = Set.of("acknowledge", "note", "shelve", "unshelve", "reason",
            "shelfTime", "importFilesButton", "importFolderButton", "exportButton", "save", "correct", "text",
            "cancelCorrection");
    private static final List<Screen> ALL = List.of(Screen.FLOOR, Screen.REPORTS, Screen.SOURCES, Screen.ALARMS,
            Screen.SHIFT_LOG, Screen.AUDIT);

    /** Keys a person might try: the main window's screen shortcuts, Enter (a default button), Ctrl+Enter, Esc, F11. */
    private static final List<KeyCombination> KEYS = List.of(
            new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.CONTROL_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.CONTROL_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.CONTROL_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.CONTROL_DOWN), new KeyCodeCombination(KeyCode.ENTER),
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.CONTROL_DOWN), new KeyCodeCombination(KeyCode.ESCAPE),
            new KeyCodeCombination(KeyCode.F11));

    @TempDir
    static Path site;

    private static ControlRoom room;
    private WallDisplay wall;
    private Stage stage;

    @BeforeAll
    static void startTheControlRoomWithAnAlarm() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        Topics topics = Topics.withPrefix(SharedBroker.topicPrefix("wall"));
        broker.createTopics(topics.all(), 1);
        Path plan = Files.writeString(site.resolve("plan.json"), SmallPlan.withAlarmLimitsJson());
        Path config = Files.writeString(site.resolve("site.properties"), String.join("\n",
                "kafka.bootstrap.servers=" + broker.bootstrapServers(), "kafka.topic.moves=" + topics.moves(),
                "kafka.topic.heat=" + topics.heat(), "kafka.topic.energy=" + topics.energy(), "data.dir=data",
                "plan.file=" + plan.getFileName(), "roles.engineer=erik",
                "kiosk.screens=floor,reports,sources,alarms,shift-log,audit", "kiosk.cycle.seconds=1", ""));
        room = ControlRoom.live(GuiConfig.load(config, "erik"));
        room.alarms().alarms().awaitSettled(Duration.ofSeconds(30));
        room.sources().store().writer().write(IngestBatch.of(List.of(
                new HeatReading("hot-1", Instant.now(), "HS-PRESS", 82.0))));
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
    void cyclesEveryChosenScreenFullScreenWithNothingToActWith(FxRobot robot) throws Exception {
        List<Screen> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> reachable = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> {
            seen.add(wall.currentScreenProperty().get());
            reachable.addAll(acting(stage.getScene().getRoot(), wall.currentScreenProperty().get()));
            wall.currentScreenProperty().addListener((obs, old, now) -> {
                seen.add(now);
                reachable.addAll(acting(stage.getScene().getRoot(), now));
            });
        });
        waitUntil(Duration.ofSeconds(40), () -> seen.size() > ALL.size());

        List<Screen> inTurn = new ArrayList<>();
        int first = ALL.indexOf(seen.get(0));
        for (int i = 0; i <= ALL.size(); i++) {
            inTurn.add(ALL.get((first + i) % ALL.size()));
        }
        assertThat(seen.subList(0, ALL.size() + 1)).as("the chosen screens in turn, from the one shown").isEqualTo(inTurn);
        assertThat(reachable).isEmpty();
        assertThat(onFx(stage::isFullScreen)).isTrue();
    }

    @Test
    void noKeyLeadsToAnActOrOutOfTheWall(FxRobot robot) throws Exception {
        for (Screen screen : ALL) {
            robot.interact(() -> {
                wall.select(screen);
                Node target = stage.getScene().getFocusOwner() != null ? stage.getScene().getFocusOwner()
                        : stage.getScene().getRoot();
                for (KeyCombination keys : KEYS) {
                    KeyCodeCombination combination = (KeyCodeCombination) keys;
                    boolean ctrl = combination.getControl() == KeyCombination.ModifierValue.DOWN;
                    Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", combination.getCode(), false,
                            ctrl, false, false));
                    Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", combination.getCode(), false,
                            ctrl, false, false));
                }
                assertThat(stage.getScene().getAccelerators().keySet()).as(screen.title())
                        .noneMatch(WallDisplayTest::switchesScreen);
            });
        }
        robot.interact(() -> wall.select(Screen.ALARMS));
        robot.type(KeyCode.ENTER).press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        assertThat(onFx(stage::isFullScreen)).isTrue();
        assertThat(onFx(() -> Window.getWindows().size())).as("no dialog or second window").isEqualTo(1);
        assertThat(room.alarms().publishNow().board().rows()).isNotEmpty().noneMatch(r -> r.acknowledged() || r.shelving() != null);
        try (Connection connection = room.sources().store().newReadConnection()) {
            assertThat(AuditTrail.latest(connection, 10)).isEmpty();
        }
    }

    /** Ctrl+1..9 would bring another screen: the main window's shortcuts. */
    private static boolean switchesScreen(KeyCombination keys) {
        return keys instanceof KeyCodeCombination combination && combination.getShortcut() == KeyCombination.ModifierValue.DOWN
                && combination.getCode().isDigitKey() && combination.getCode() != KeyCode.DIGIT0;
    }

    /**
     * The acting controls a person could reach on {@code screen}: shown (they and their parents visible), in any tab
     * (a tab can be chosen), and a sources screen that takes dropped files.
     */
    private static List<String> acting(Node node, Screen screen) {
        List<String> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node.getId() != null && ACTING.contains(node.getId())
                || node instanceof ButtonBase button && button.getText() != null
                && button.getText().matches("(?i).*(import|export|acknowledge|shelve|save).*")) {
            found.add(screen + ": " + node.getId() + " " + node);
        }
        if (node.getOnDragDropped() != null) {
            found.add(screen + ": takes dropped files at " + node);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    found.addAll(acting(tab.getContent(), screen));
                }
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(acting(child, screen)));
        }
        return found;
    }
}
