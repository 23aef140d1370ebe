package org.floorwatch.views.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.localstore.report.EnergyReport;
import org.floorwatch.localstore.report.ProductionReport;
import org.floorwatch.localstore.report.ProductionReport.ShiftRow;
import org.floorwatch.localstore.report.ProductionReport.StationRow;
import org.floorwatch.localstore.report.QualityReport;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.localstore.report.StationWip;
import org.floorwatch.localstore.report.WipGrid;
import org.floorwatch.localstore.report.WorkforceReport;
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

/** The four report screens on a real store: the figures they show are the reports' own, and they export. */
@ExtendWith(ApplicationExtension.class)
class ReportScreensTest {

    @TempDir
    static Path data;
    @TempDir
    Path exports;
    private static ReportedDay day;
    private final List<String> suggestedNames = new ArrayList<>();
    private ReportsViewModel model;
    private ReportsView view;

    @BeforeAll
    static void storeTheDay() {
        day = new ReportedDay(data);
    }

    @AfterAll
    static void closeStore() {
        day.close();
    }

    @Start
    void start(Stage stage) {
        model = new ReportsViewModel(day.plan, day.store, ReportedDay.clock(), Rights.everything("tester"));
        view = new ReportsView(model, (owner, name) -> {
            suggestedNames.add(name);
            return exports.resolve(name);
        });
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
    void productionShowsTheReportsTilesStationsAndHourlyMeanWip(FxRobot robot) throws Exception {
        ProductionReport expected = day.report(ReportKind.PRODUCTION, ReportedDay.DAY, ReportedDay.DAY);
        awaitFigures(ReportKind.PRODUCTION, ReportedDay.DAY);

        assertThat(text(robot, "#kpi-completed-value")).isEqualTo(Long.toString(expected.totals().completed()));
        assertThat(text(robot, "#kpi-started-value")).isEqualTo(Long.toString(expected.totals().started()));
        assertThat(text(robot, "#kpi-wip-end-value")).isEqualTo(Long.toString(expected.totals().wipEnd()));
        assertThat(expected.totals().completed()).as("P1 and P2").isEqualTo(2);
        StationRow press = stationRow(robot, "PRESS");
        assertThat(press).isEqualTo(
                expected.byStation().stream().filter(r -> r.station().equals("PRESS")).findFirst().orElseThrow());
        assertThat(text(robot, "#bottleneck-line")).startsWith("Bottleneck: " + expected.bottleneck());
        assertThat(expected.purchaseOrders().open()).extracting(ProductionReport.OpenOrder::orderId).containsExactly("PO-1");
        assertThat(robot.lookup("#open-orders-table").queryAs(TableView.class).getItems())
                .containsExactlyElementsOf(expected.purchaseOrders().open());
        assertThat(text(robot, "#purchase-orders-line")).isEqualTo("In the period: 1 requested, 1 confirmed, 1 received "
                + "(mean lead time 28.0 h). Open at its end (in, not received, not cancelled): 1");

        WipGrid grid = model.figuresProperty().get().wipGrid();
        Instant seven = ReportedDay.at("2026-11-03T07:00Z");
        Map<String, Double> mean;
        try (Connection connection = day.store.newReadConnection()) {
            mean = StationWip.average(connection, seven, seven.plusSeconds(3600));
        }
        assertThat(grid.columns()).hasSize(24).startsWith("06", "07");
        assertThat(grid.value("PRESS", 1)).isCloseTo(mean.get("PRESS"), within(1e-9)).isPositive();
        assertThat(grid.value("PRESS", 8)).as("P3 in the press 14:20-14:50").isCloseTo(0.5, within(1e-9));
        assertThat(grid.value("PRESS", 9)).as("15:00 has not begun at 15:00").isNaN();
    }

    @Test
    void qualityShowsTheParetoMostFailuresFirst(FxRobot robot) throws Exception {
        press(robot, "#report-QUALITY");
        QualityReport expected = day.report(ReportKind.QUALITY, ReportedDay.DAY, ReportedDay.DAY);
        awaitFigures(ReportKind.QUALITY, ReportedDay.DAY);

        ParetoChart pareto = ((QualityPart) view.part(ReportKind.QUALITY)).pareto();
        assertThat(pareto.categories()).first().isEqualTo("CHECK \u00b7 E9");
        assertThat(pareto.categories()).hasSize(expected.failuresByError().size());
        assertThat(text(robot, "#kpi-inspected-value")).isEqualTo(Long.toString(expected.totals().inspected()));
        assertThat(text(robot, "#kpi-mttr-value")).isEqualTo("2.00");
        TableView<?> paretoTable = robot.lookup("#pareto-table").queryAs(TableView.class);
        assertThat(((ParetoRow) paretoTable.getItems().get(paretoTable.getItems().size() - 1)).cumulative()).isEqualTo(1.0);
    }

    @Test
    void workforceAndEnergyShowTheirReports(FxRobot robot) throws Exception {
        press(robot, "#report-WORKFORCE");
        WorkforceReport workforce = day.report(ReportKind.WORKFORCE, ReportedDay.DAY, ReportedDay.DAY);
        awaitFigures(ReportKind.WORKFORCE, ReportedDay.DAY);
        assertThat(text(robot, "#kpi-scheduled-value")).isEqualTo("4");
        assertThat(robot.lookup("#worker-table").queryAs(TableView.class).getItems())
                .containsExactlyElementsOf(workforce.byWorker());

        press(robot, "#report-ENERGY");
        EnergyReport energy = day.report(ReportKind.ENERGY, ReportedDay.DAY, ReportedDay.DAY);
        awaitFigures(ReportKind.ENERGY, ReportedDay.DAY);
        assertThat(energy.totals().kwh()).as("the report's 40 kWh for the press, samples for the check").isEqualTo(41.25);
        assertThat(text(robot, "#kpi-kwh-value")).isEqualTo(Numbers.decimal(energy.totals().kwh(), 1));
        assertThat(EnergyPart.byStation(energy.byMachine())).containsEntry("PRESS", 40.0).containsEntry("CHECK", 1.25);
    }

    @Test
    void thePeriodPickerSpeaksInProductionDaysAndShifts(FxRobot robot) throws Exception {
        awaitFigures(ReportKind.PRODUCTION, ReportedDay.DAY);

        press(robot, "#period-YESTERDAY");
        awaitFigures(ReportKind.PRODUCTION, ReportedDay.DAY.minusDays(1));
        LocalDate before = ReportedDay.DAY.minusDays(1);
        ProductionReport yesterday = day.report(ReportKind.PRODUCTION, before, before);
        assertThat(text(robot, "#kpi-completed-value")).isEqualTo(Long.toString(yesterday.totals().completed())).isEqualTo("1");

        press(robot, "#period-THIS_SHIFT");
        awaitFigures(ReportKind.PRODUCTION, ReportedDay.DAY);
        assertThat(model.shiftProperty().get()).as("15:00 is in shift B").isEqualTo("B");
        ProductionReport today = day.report(ReportKind.PRODUCTION, ReportedDay.DAY, ReportedDay.DAY);
        ShiftRow b = today.byShift().stream().filter(r -> r.shift().equals("B")).findFirst().orElseThrow();
        assertThat(robot.lookup("#shift-table").queryAs(TableView.class).getItems()).containsExactly(b);
        // so far: P3 started at 14:10; P4 starts at 16:00, after the floor's now
        assertThat(text(robot, "#kpi-started-value")).isEqualTo(Long.toString(b.started())).isEqualTo("1");

        robot.interact(() -> {
            robot.lookup("#rangeFrom").queryAs(DatePicker.class).setValue(ReportedDay.DAY.minusDays(1));
            robot.lookup("#rangeTo").queryAs(DatePicker.class).setValue(ReportedDay.DAY);
        });
        waitUntil(() -> model.figuresProperty().get().chosen().period().from().equals(ReportedDay.DAY.minusDays(1))
                && model.figuresProperty().get().chosen().period().to().equals(ReportedDay.DAY));
        assertThat(model.choiceProperty().get()).isEqualTo(PeriodChoice.RANGE);
        assertThat(model.shiftProperty().get()).as("a range shows every shift").isNull();
        assertThat(text(robot, "#kpi-completed-value")).isEqualTo("3");
    }

    @Test
    void theExportWritesTheWholeReportAsAWorkbookAndSaysWhere(FxRobot robot) throws Exception {
        press(robot, "#report-QUALITY");
        awaitFigures(ReportKind.QUALITY, ReportedDay.DAY);

        press(robot, "#exportButton");

        waitUntil(() -> !model.export().runningProperty().get() && !model.export().messageProperty().get().isEmpty());
        Path file = exports.resolve("quality-2026-11-03-2026-11-03.xlsx");
        assertThat(suggestedNames).containsExactly(file.getFileName().toString());
        assertThat(text(robot, "#exportLine")).isEqualTo("Saved " + file.toAbsolutePath());
        List<String> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
        }
        QualityReport expected = day.report(ReportKind.QUALITY, ReportedDay.DAY, ReportedDay.DAY);
        assertThat(sheets).first().isEqualTo("Cover");
        assertThat(sheets).hasSize(1 + expected.document(Instant.EPOCH).tables().size());
    }

    private void awaitFigures(ReportKind kind, LocalDate from) throws TimeoutException {
        waitUntil(() -> {
            ReportFigures figures = model.figuresProperty().get();
            return figures != null && !model.computingProperty().get()
                    && figures.report().header().report().equals(kind.word())
                    && figures.chosen().period().from().equals(from);
        });
    }

    private static StationRow stationRow(FxRobot robot, String station) {
        List<?> rows = robot.lookup("#station-table").queryAs(TableView.class).getItems();
        return rows.stream().map(StationRow.class::cast).filter(r -> r.station().equals(station)).findFirst().orElseThrow();
    }

    /** Presses a button as a click would, without walking the pointer there (slow on a busy CI box). */
    static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

}
