package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.localstore.report.ReportStore.at;

import java.nio.file.Path;
import org.floorwatch.localstore.report.QualityReport.ErrorFailures;
import org.floorwatch.localstore.report.QualityReport.StationFailures;
import org.floorwatch.localstore.report.QualityReport.ToolKind;
import org.floorwatch.localstore.report.QualityReport.Totals;
import org.floorwatch.localstore.report.QualityReport.WorkOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityReportTest {

    @TempDir
    Path dataDir;

    private ReportStore store;

    @BeforeEach
    void open() {
        store = new ReportStore(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void inspectionReworkAndScrapOfAnOrdinaryDay() {
        OrdinaryDay.write(store);

        QualityReport report = store.report(ReportKind.QUALITY, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // inspected = moves out of CHECK: P0 P1 P2 P2 P3 P7 P4 = 7; failed P2 (E9), P3 (E9), P7 (E7) = 3
        // first inspections in the day: P1 pass, P2 fail, P3 fail, P7 fail, P4 pass -> 2/5; P0's first inspection
        //   was the day before (failed), so its pass today does not count
        // reworked = moves out of FIX: P0, P2; pending_rework = P7 still in FIX; scrapped = P3
        assertThat(report.totals()).isEqualTo(new Totals(7, 4, 3, 0.4, 2, 1, 1));
    }

    @Test
    void failuresByTheStationTheyLeaveWithItsDepartmentMostFirst() {
        OrdinaryDay.write(store);

        QualityReport report = store.report(ReportKind.QUALITY, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // P0's failure at CHECK was the day before
        assertThat(report.failuresByStation()).containsExactly(new StationFailures("CHECK", "QA", 3),
                new StationFailures("PRESS", "MAIN", 1));
        assertThat(report.failuresByError()).containsExactly(new ErrorFailures("CHECK", "E9", 2),
                new ErrorFailures("CHECK", "E7", 1), new ErrorFailures("PRESS", "E1", 1));
    }

    @Test
    void maintenanceCountsWorkOrdersResolvedInThePeriodAndTheirMeanRepairTime() {
        OrdinaryDay.write(store);

        QualityReport report = store.report(ReportKind.QUALITY, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // resolved in the day: WO1 2 h, WO2 2 h, WO4 (reported the day before) 11 h; WO3 still open: 15 / 3 = 5 h
        assertThat(report.maintenance().workOrdersResolved()).isEqualTo(3);
        assertThat(report.maintenance().mttrH()).isEqualTo(5.0);
        assertThat(report.maintenance().records()).extracting(WorkOrder::workOrder)
                .containsExactly("WO4", "WO1", "WO2", "WO3");
        assertThat(report.maintenance().records().get(3))
                .isEqualTo(new WorkOrder("WO3", "M-PRESS", "noise", "low", at("2026-11-04T05:00Z"), null, null, null, null));
    }

    @Test
    void toolsPerKindOfTheMasterList() {
        OrdinaryDay.write(store);

        QualityReport report = store.report(ReportKind.QUALITY, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // drills: T1 retired at 90 h and T2 at 130 h -> 110 h, expected (100 + 200) / 2 = 150 h
        // moulds: none retired -> null mean life; T9 is retired but unknown to the master list
        assertThat(report.tools()).containsExactly(new ToolKind("drill", 2, 110.0, 150.0),
                new ToolKind("mould", 0, null, 500.0));
    }

    @Test
    void nothingToDivideGivesNull() {
        QualityReport report = store.report(ReportKind.QUALITY, OrdinaryDay.DAY, OrdinaryDay.DAY);

        assertThat(report.totals()).isEqualTo(new Totals(0, 0, 0, null, 0, 0, 0));
        assertThat(report.maintenance().workOrdersResolved()).isZero();
        assertThat(report.maintenance().mttrH()).isNull();
        assertThat(report.failuresByStation()).isEmpty();
        assertThat(report.tools()).isEmpty();
    }
}
