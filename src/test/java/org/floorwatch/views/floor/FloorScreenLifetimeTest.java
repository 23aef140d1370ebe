package org.floorwatch.views.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.QuarantinedRecord;
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
 * The Floor screen listens to the live feed and the writer only while it is shown: hidden, it lets the floor move
 * on without it; shown again, it catches up at once, quarantined records stored meanwhile included.
 */
@ExtendWith(ApplicationExtension.class)
class FloorScreenLifetimeTest {

    @TempDir
    static Path data;
    private static StoredFloor floor;
    private FloorView view;
    private FloorViewModel model;

    @BeforeAll
    static void storeAShortMorning() {
        floor = StoredFloor.load(SharedBroker.get(), SharedBroker.topicPrefix("floor-lifetime"), 300, data);
    }

    @AfterAll
    static void closeStore() {
        floor.close();
    }

    @Start
    void start(Stage stage) {
        model = new FloorViewModel(floor.sources());
        view = new FloorView(model);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
        view.activate();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    @Test
    void aHiddenScreenIgnoresTheFloorAndCatchesUpWhenShownAgain(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#statusQuarantined").equals(storedQuarantined() + " quarantined"));
        robot.interact(view::deactivate);
        FloorSnapshot before = model.latestSnapshot().get();
        long quarantinedBefore = storedQuarantined();

        Instant later = floor.feed.latest().asOf().plusSeconds(60);
        floor.store.writer().submit(new IngestBatch(
                List.of(new PartMove("lifetime-move", later, "LIFETIME-1", "X", null, "IN", null)),
                List.of(new QuarantinedRecord("test:lifetime:1", "test", "line 1", "{", "not JSON", later)),
                List.of())).get(10, TimeUnit.SECONDS);
        waitUntil(() -> floor.feed.latest().asOf().equals(later));

        assertThat(model.latestSnapshot().get()).as("hidden: the mailbox is not fed").isSameAs(before);
        assertThat(storedQuarantined()).isEqualTo(quarantinedBefore + 1);
        robot.interact(view::activate);
        waitUntil(() -> model.latestSnapshot().get().asOf().equals(later));
        waitUntil(() -> text(robot, "#statusQuarantined").equals(storedQuarantined() + " quarantined"));
    }

    private static long storedQuarantined() {
        return floor.store.reader().counts().quarantined();
    }
}
