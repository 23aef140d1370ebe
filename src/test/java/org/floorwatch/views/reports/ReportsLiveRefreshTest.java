package org.floorwatch.views.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.localstore.report.ProductionReport;
import org.floorwatch.views.FloorClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Reports screen's view model keeps a period that holds the floor's now up to date, and leaves others be. */
@ExtendWith(ApplicationExtension.class)
class ReportsLiveRefreshTest {

    @TempDir
    Path data;
    private final AtomicReference<Instant> now = new AtomicReference<>(ReportedDay.NOW);
    private ReportedDay day;
    private ReportsViewModel model;

    @BeforeEach
    void open(FxRobot robot) {
        day = new ReportedDay(data);
        FloorClock clock = new FloorClock() {
            @Override
            public Instant now() {
                return now.get();
            }

            @Override
            public double speed() {
                return 1;
            }
        };
        robot.interact(() -> {
            model = new ReportsViewModel(day.plan, day.store, clock, Rights.everything("tester"));
            model.refresh();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::dispose);
        day.close();
    }

    @Test
    void aTickRecomputesTodayWithWhatHasBeenStoredSince(FxRobot robot) throws Exception {
        waitUntil(() -> completed() == 2);
        day.write(ReportedDay.move("p7a", "2026-11-03T14:30Z", "P7", null, "IN"),
                ReportedDay.move("p7b", "2026-11-03T14:40Z", "P7", "IN", "OUT"));

        robot.interact(model::tick);

        waitUntil(() -> completed() == 3);
        assertThat(model.statusProperty().get()).endsWith("live, every 30 s");
    }

    @Test
    void aTickLeavesAPastPeriodAloneAndMovesTodayOnAtTheNextProductionDay(FxRobot robot) throws Exception {
        waitUntil(() -> completed() == 2);
        robot.interact(() -> model.choiceProperty().set(PeriodChoice.YESTERDAY));
        waitUntil(() -> shownFrom().equals(ReportedDay.DAY.minusDays(1)) && !model.computingProperty().get());

        AtomicBoolean started = new AtomicBoolean();
        robot.interact(() -> {
            model.tick();
            started.set(model.computingProperty().get());
        });
        assertThat(started).as("yesterday's figures no longer change").isFalse();

        robot.interact(() -> model.choiceProperty().set(PeriodChoice.TODAY));
        waitUntil(() -> shownFrom().equals(ReportedDay.DAY) && !model.computingProperty().get());
        now.set(Instant.parse("2026-11-04T06:00:01Z"));
        robot.interact(model::tick);
        waitUntil(() -> shownFrom().equals(LocalDate.parse("2026-11-04")));
    }

    private long completed() {
        ReportFigures figures = model.figuresProperty().get();
        return figures == null ? -1 : ((ProductionReport) figures.report()).totals().completed();
    }

    private LocalDate shownFrom() {
        ReportFigures figures = model.figuresProperty().get();
        return figures == null ? LocalDate.MIN : figures.chosen().period().from();
    }
}
