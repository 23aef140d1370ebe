package org.floorwatch.views.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.main.MainWindow;
import org.floorwatch.views.main.MonitorSetup;
import org.floorwatch.views.main.Screen;
import org.floorwatch.views.main.WindowPlacement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real Floor screen in a window of its own follows the live floor there, and once that window closes it no
 * longer listens: the feed moves on without it, and its map shortcut has left the window's scene.
 */
@ExtendWith(ApplicationExtension.class)
class FloorInItsOwnWindowTest {

    private static final KeyCombination FIT_MAP = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    static Path data;
    private static StoredFloor floor;

    @BeforeAll
    static void storeAShortMorning() {
        floor = StoredFloor.load(SharedBroker.get(), SharedBroker.topicPrefix("floor-own-window"), 300, data);
    }

    @AfterAll
    static void closeStore() {
        floor.close();
    }

    @Test
    void theFloorFollowsTheFeedInItsOwnWindowAndLetsGoOfItWhenTheWindowCloses(FxRobot robot) throws Exception {
        FloorViewModel model = onFx(() -> new FloorViewModel(floor.sources()));
        Stage main = onFx(Stage::new);
        MainWindow window = onFx(() -> {
            MainWindow opened = new MainWindow("Floorwatch test", Map.of(Screen.FLOOR, new FloorView(model),
                    Screen.SOURCES, new EmptyScreen()), new WindowPlacement(data.resolve("window.properties"),
                    () -> MonitorSetup.of(new Rectangle2D(0, 0, 1280, 800))));
            opened.show(main);
            return opened;
        });
        robot.interact(() -> window.detach(Screen.FLOOR));
        Stage own = onFx(() -> window.detachedWindows().get(Screen.FLOOR));
        assertThat(own.getScene().getAccelerators()).containsKey(FIT_MAP);
        assertThat(main.getScene().getAccelerators()).doesNotContainKey(FIT_MAP);

        Instant first = store("own-window-1", 60);
        waitUntil(() -> model.latestSnapshot().get().asOf().equals(first));

        robot.interact(own::close);
        assertThat(own.getScene().getAccelerators()).doesNotContainKey(FIT_MAP);
        FloorSnapshot before = model.latestSnapshot().get();
        Instant second = store("own-window-2", 120);
        waitUntil(() -> floor.feed.latest().asOf().equals(second));
        Thread.sleep(300);
        assertThat(model.latestSnapshot().get()).as("closed: the feed no longer reaches it").isSameAs(before);
        robot.interact(main::close);
    }

    private static Instant store(String id, long secondsLater) throws Exception {
        Instant at = floor.feed.latest().asOf().plusSeconds(secondsLater);
        floor.store.writer().submit(new IngestBatch(List.of(new PartMove(id, at, "OWN-WINDOW-1", "X", null, "IN", null)),
                List.of(), List.of())).get(10, TimeUnit.SECONDS);
        return at;
    }

    /** The screen the main window keeps while the floor is away. */
    private static final class EmptyScreen implements ScreenView {

        private final StackPane root = new StackPane();

        @Override
        public Parent root() {
            return root;
        }

        @Override
        public void activate() {
        }

        @Override
        public void deactivate() {
        }

        @Override
        public void dispose() {
        }
    }
}
