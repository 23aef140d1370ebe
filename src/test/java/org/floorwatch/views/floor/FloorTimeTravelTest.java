package org.floorwatch.views.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.simulator.FactorySimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.history.FloorAtInstant;
import org.floorwatch.localstore.history.FloorAtInstant.SensorAt;
import org.floorwatch.localstore.history.FloorHistory;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.floorwatch.views.FloorClock;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.IngestStatus;
import org.floorwatch.views.theme.Theme;
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
 * The Floor screen at past instants, on a real store holding thirty hours of the small site's simulated floor:
 * scrubbing shows what {@code floor --at} prints for the instant reached, playing carries the floor forward, a late
 * event at or before the instant on screen shows up, and Back to live shows the live feed's snapshot again.
 */
@ExtendWith(ApplicationExtension.class)
class FloorTimeTravelTest {

    private static final FloorPlan PLAN = SmallPlan.plan();
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    static Path data;
    private static FloorStore store;
    private static LiveFloorFeed feed;
    private FloorView view;
    private FloorViewModel model;
    private FloorTime time;

    @BeforeAll
    static void storeThirtyHours() {
        store = FloorStore.open(data);
        List<FloorEvent> events = new FactorySimulator(PLAN, 3, START).advanceTo(START.plus(Duration.ofHours(30)));
        for (int from = 0; from < events.size(); from += 5_000) {
            store.writer().write(IngestBatch.of(events.subList(from, Math.min(events.size(), from + 5_000))));
        }
        feed = new LiveFloorFeed(PLAN, store, Duration.ofMillis(100));
    }

    @AfterAll
    static void closeStore() {
        feed.close();
        store.close();
    }

    @Start
    void start(Stage stage) {
        model = new FloorViewModel(new FloorSources(PLAN, store, feed, new IngestStatus(), FloorClock.wall()));
        time = model.time();
        view = new FloorView(model);
        Scene scene = new Scene(view.root(), 1260, 780);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.activate();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    @Test
    void scrubbingToAnInstantShowsWhatFloorAtPrintsForIt(FxRobot robot) throws Exception {
        waitUntil(() -> !onFx(() -> time.outlineProperty().get().isEmpty()));
        Bounds scrubber = robot.lookup("#time-scrubber").query().localToScreen(
                robot.lookup("#time-scrubber").query().getBoundsInLocal());

        robot.moveTo(scrubber.getMinX() + scrubber.getWidth() * 0.2, scrubber.getMinY() + 10).press(
                javafx.scene.input.MouseButton.PRIMARY).moveBy(scrubber.getWidth() * 0.4, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);

        Instant at = shownInPast(robot);
        assertThat(at).isAfter(START.plus(Duration.ofHours(10))).isBefore(START.plus(Duration.ofHours(26)));
        FloorAtInstant expected = floorAt(at);
        assertThat(text(robot, "#time-badge")).isEqualTo("PAST");
        assertThat(model.kpisProperty().get().wip())
                .isEqualTo(expected.stations().stream().mapToLong(FloorAtInstant.StationAt::wip).sum());
        for (Station station : PLAN.stations()) {
            robot.moveTo(view.map().localToScreen(view.map().screenPoint(station.centreX(), station.centreY())));
            waitUntil(() -> station.id().equals(text(robot, "#detailTitle")));
            FloorAtInstant.StationAt figures = expected.station(station.id());
            assertThat(List.of(text(robot, "#detailWip"), text(robot, "#detailProcessed"), text(robot, "#detailErrors")))
                    .as(station.id() + " at " + at).containsExactly(Long.toString(figures.wip()),
                            Long.toString(figures.processed()), Long.toString(figures.errors()));
        }
        SensorAt sensor = expected.sensors().get(0);
        robot.moveTo(view.map().localToScreen(view.map().screenPoint(18, 12.5)));
        waitUntil(() -> "PRESS".equals(text(robot, "#detailTitle")));
        assertThat(text(robot, "#detailTemperature")).isEqualTo(String.format(Locale.ROOT, "%.1f \u00b0C",
                sensor.celsius()));
    }

    @Test
    void playingCarriesTheFloorForwardToWhatFloorAtPrints(FxRobot robot) throws Exception {
        robot.interact(() -> time.goTo("2026-03-02 B"));
        Instant from = shownInPast(robot);
        assertThat(from).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));

        robot.clickOn("#time-play");
        waitUntil(() -> model.latestSnapshot().get().asOf().isAfter(from.plus(Duration.ofMinutes(20))));
        robot.clickOn("#time-play");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        Instant reached = model.latestSnapshot().get().asOf();

        assertThat(onFx(() -> time.playingProperty().get())).isFalse();
        assertThat(reached).isAfter(from.plus(Duration.ofMinutes(20)));
        waitUntil(() -> model.kpisProperty().get().wip() == total(floorAt(reached)));
        assertThat(stationsIn(model.latestSnapshot().get())).isEqualTo(floorAt(reached).stations());
    }

    @Test
    void aLateMoveAtOrBeforeThePausedInstantShowsUp(FxRobot robot) throws Exception {
        robot.interact(() -> time.goTo("2026-03-02 13:00"));
        Instant at = shownInPast(robot);
        long before = model.kpisProperty().get().wip();

        store.writer().write(IngestBatch.of(List.of(
                new PartMove("late-entry", at.minus(Duration.ofHours(3)), "LATE-1", "WIDGET", null, "IN", null))));

        waitUntil(() -> model.kpisProperty().get().wip() == before + 1);
        assertThat(model.latestSnapshot().get().asOf()).isEqualTo(at);
        assertThat(stationsIn(model.latestSnapshot().get())).isEqualTo(floorAt(at).stations());
    }

    @Test
    void backToLiveShowsTheLiveSnapshotAgain(FxRobot robot) throws Exception {
        robot.interact(() -> time.step(Duration.ofHours(-5)));
        shownInPast(robot);
        assertThat(model.latestSnapshot().get()).isNotSameAs(feed.latest());

        robot.clickOn("#time-back-to-live");

        waitUntil(() -> model.latestSnapshot().get() == feed.latest());
        waitUntil(() -> text(robot, "#time-badge").endsWith("LIVE"));
        assertThat(model.kpisProperty().get()).isEqualTo(FloorKpis.of(feed.latest()));
    }

    /** The instant on screen once the screen shows a past one and its floor. */
    private Instant shownInPast(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !onFx(() -> time.liveProperty().get()));
        waitUntil(() -> model.latestSnapshot().get().asOf().equals(onFx(time::current))
                && onFx(() -> model.kpisProperty().get()).equals(FloorKpis.of(model.latestSnapshot().get())));
        return onFx(time::current);
    }

    private static FloorAtInstant floorAt(Instant at) {
        try (Connection connection = store.newReadConnection()) {
            return FloorAtInstant.read(connection, new FloorHistory(PLAN), at);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long total(FloorAtInstant floor) {
        return floor.stations().stream().mapToLong(FloorAtInstant.StationAt::wip).sum();
    }

    private static List<FloorAtInstant.StationAt> stationsIn(org.floorwatch.floorplan.live.FloorSnapshot snapshot) {
        return snapshot.stations().stream().map(s -> new FloorAtInstant.StationAt(s.station(), s.wip(),
                s.processedToday(), s.errorsToday())).toList();
    }
}
