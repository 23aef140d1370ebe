package org.floorwatch.views.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.localstore.report.StationWip;
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

/** The Floor screen on a real broker and store, checked as a supervisor would read it. */
@ExtendWith(ApplicationExtension.class)
class FloorScreenTest {

    @TempDir
    static Path data;
    private static StoredFloor floor;
    private static FloorSnapshot snapshot;
    private FloorView view;
    private FloorViewModel model;

    @BeforeAll
    static void storeASimulatedMorning() {
        floor = StoredFloor.load(SharedBroker.get(), SharedBroker.topicPrefix("floor-screen"), 4_000, data);
        snapshot = floor.feed.latest();
    }

    @AfterAll
    static void closeStore() {
        floor.close();
    }

    @Start
    void start(Stage stage) {
        model = new FloorViewModel(floor.sources());
        view = new FloorView(model);
        Scene scene = new Scene(view.root(), 1200, 760);
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
    void drawsEveryStationOfThePlanAndNamesTheOneUnderThePointer(FxRobot robot) throws TimeoutException {
        for (var station : StoredFloor.PLAN.stations()) {
            Point2D centre = view.map().screenPoint(station.centreX(), station.centreY());
            assertThat(view.map().stationAt(centre.getX(), centre.getY())).contains(station.id());
        }

        robot.moveTo(view.map().localToScreen(view.map().screenPoint(31, 12)));

        waitUntil(() -> "CHECK".equals(text(robot, "#detailTitle")));
        assertThat(text(robot, "#detailSubtitle")).startsWith("Check");
    }

    @Test
    void aClickedStationShowsTheStoresFigures(FxRobot robot) throws Exception {
        assertThat(snapshot.asOf()).isAfter(StoredFloor.START.plusSeconds(4 * 3600));
        ProductionCalendar calendar = ProductionCalendar.of(StoredFloor.PLAN);
        Instant dayStart = calendar.dayStart(calendar.productionDay(snapshot.asOf()));
        long[] outToday = floor.expected("SELECT count(*), count(error) FROM moves WHERE from_station = 'PRESS' "
                + "AND ts >= make_timestamp(?::BIGINT)", dayStart);
        long[] outLastHour = floor.expected("SELECT count(*) FROM moves WHERE from_station = 'PRESS' "
                + "AND ts > make_timestamp(?::BIGINT)", snapshot.asOf().minusSeconds(3600));
        long[] cycle = floor.expected("""
                SELECT avg(epoch_us(o.ts) - (SELECT max(epoch_us(i.ts)) FROM moves i
                        WHERE i.part = o.part AND i.to_station = o.from_station AND i.ts <= o.ts)) / 1e6
                FROM moves o WHERE o.from_station = 'PRESS' AND o.ts >= make_timestamp(?::BIGINT)
                  AND EXISTS (SELECT 1 FROM moves i WHERE i.part = o.part AND i.to_station = 'PRESS' AND i.ts <= o.ts)""",
                dayStart);
        assertThat(outToday[0]).as("moves out of PRESS today").isPositive();

        robot.clickOn(view.map().localToScreen(view.map().screenPoint(18, 12.5)));

        waitUntil(() -> text(robot, "#detailCycle").endsWith("ideal"));
        assertThat(text(robot, "#detailTitle")).isEqualTo("PRESS");
        assertThat(text(robot, "#detailProcessed")).isEqualTo(Long.toString(outToday[0]));
        assertThat(text(robot, "#detailErrors")).isEqualTo(Long.toString(outToday[1]));
        assertThat(text(robot, "#detailWip")).isEqualTo(Long.toString(floor.wipNow().get("PRESS")));
        assertThat(text(robot, "#detailCycle")).startsWith(cycle[0] + " s");
        assertThat(text(robot, "#detailIdeal")).isEqualTo("40 s");
        assertThat(Long.parseLong(text(robot, "#detailRate").replace(" /h", "")))
                .as("moves out in the last hour, whole minutes").isCloseTo(outLastHour[0], within(2L));
    }

    @Test
    void theSpanSelectorSwitchesTheHeatFromWipNowToTheDaysMeanWip(FxRobot robot) throws Exception {
        waitUntil(() -> model.heatProperty().get() != null && !model.heatProperty().get().intensity().isEmpty());
        HeatView live = model.heatProperty().get();
        assertThat(live.label()).isEqualTo("WIP now");
        assertThat(live.intensity().get("PRESS")).isEqualTo((double) floor.wipNow().get("PRESS"));
        ProductionCalendar calendar = ProductionCalendar.of(StoredFloor.PLAN);
        Instant dayStart = calendar.dayStart(calendar.productionDay(snapshot.asOf()));
        Map<String, Double> expected;
        try (Connection connection = floor.store.newReadConnection()) {
            expected = StationWip.average(connection, dayStart, snapshot.asOf());
        }

        robot.clickOn("#span-THIS_DAY");

        waitUntil(() -> model.heatProperty().get().span() == HeatSpan.THIS_DAY);
        HeatView day = model.heatProperty().get();
        assertThat(day.label()).isEqualTo("Avg WIP, production day " + calendar.productionDay(snapshot.asOf()));
        assertThat(day.intensity().get("PRESS")).as(day + " expected " + expected).isCloseTo(expected.get("PRESS"), within(1e-9));
        assertThat(day.intensity()).doesNotContainKeys("OUT", "BIN").isNotEqualTo(live.intensity());
    }

    @Test
    void theKpiTilesAndStatusBarShowTheSnapshotAndTheStore(FxRobot robot) throws TimeoutException {
        waitUntil(() -> text(robot, "#statusQuarantined").equals(floor.store.reader().counts().quarantined() + " quarantined"));
        assertThat(model.kpisProperty().get()).isEqualTo(FloorKpis.of(snapshot));
        assertThat(text(robot, "#statusLag")).startsWith("Store lag ");
    }

}
