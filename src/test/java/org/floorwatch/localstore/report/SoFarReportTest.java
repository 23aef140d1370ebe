package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorwatch.localstore.report.ReportStore.at;
import static org.floorwatch.localstore.report.ReportStore.energy;
import static org.floorwatch.localstore.report.ReportStore.failed;
import static org.floorwatch.localstore.report.ReportStore.move;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.floorwatch.localstore.report.ProductionReport.HourRow;
import org.floorwatch.localstore.report.ProductionReport.StationRow;
import org.floorwatch.localstore.report.ProductionReport.Totals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period that holds the present is reported so far: figures up to now, planned time up to now. Production day
 * 2026-11-03 on the small site (GMT: local = UTC, the day is [03 06:00Z, 04 06:00Z)), now 10:00Z, 4 h = 14 400 s in:
 * <pre>
 * P1  enters 06:00, IN>PRESS 06:10, PRESS>CHECK 07:00, CHECK>OUT 07:30
 * P2  enters 08:00, IN>PRESS 08:20, PRESS>CHECK 09:00 (E1), CHECK>OUT 11:00 (after now, already in the store)
 * M-PRESS stopped since 09:00, its work order still open; M-CHECK stopped 07:45 to 08:00
 * M-PRESS energy: 2 kWh at 09:00, 5 kWh at 11:00
 * </pre>
 */
class SoFarReportTest {

    private static final String DAY = "2026-11-03";
    private static final double SO_FAR_S = 14_400;

    @TempDir
    Path dataDir;

    private ReportStore store;

    @BeforeEach
    void fill() {
        store = new ReportStore(dataDir);
        store.write(move("a1", "2026-11-03T06:00Z", "P1", null, "IN"),
                move("a2", "2026-11-03T06:10Z", "P1", "IN", "PRESS"),
                move("a3", "2026-11-03T07:00Z", "P1", "PRESS", "CHECK"),
                move("a4", "2026-11-03T07:30Z", "P1", "CHECK", "OUT"),
                move("b1", "2026-11-03T08:00Z", "P2", null, "IN"),
                move("b2", "2026-11-03T08:20Z", "P2", "IN", "PRESS"),
                failed("b3", "2026-11-03T09:00Z", "P2", "PRESS", "CHECK", "E1"),
                move("b4", "2026-11-03T11:00Z", "P2", "CHECK", "OUT"),
                energy("e1", "2026-11-03T09:00Z", "M-PRESS", 2, 20),
                energy("e2", "2026-11-03T11:00Z", "M-PRESS", 5, 22));
        store.sql("""
                INSERT INTO work_orders VALUES
                 ('WO1', 'M-PRESS', 'jam', 'high', TIMESTAMP '2026-11-03 09:00', NULL, NULL, 'Ann', 'm.csv', 2),
                 ('WO2', 'M-CHECK', 'lamp', 'low', TIMESTAMP '2026-11-03 07:45', NULL, TIMESTAMP '2026-11-03 08:00',
                  'Bob', 'm.csv', 3)""");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void productionSoFarEndsItsFiguresAndPlannedTimeAtNow() {
        ProductionReport report = store.reportAt(ReportKind.PRODUCTION, DAY, DAY, at("2026-11-03T10:00Z"));

        // started P1, P2; completed P1 only (P2's 11:00 is after now); at 10:00 P2 waits in CHECK
        // lead time: P1 06:00 to 07:30 = 90 min
        assertThat(report.totals()).isEqualTo(new Totals(2, 1, 0, 1, 90.0));
        assertThat(report.header().soFar()).isTrue();
        assertThat(report.header().asOf()).isEqualTo(at("2026-11-03T10:00Z"));
        assertThat(report.header().periodEnd()).isEqualTo(at("2026-11-04T06:00Z"));
        Map<String, StationRow> stations = byStation(report);
        // PRESS: 2 processed, 1 error; down 09:00 to now = 3600 s of 14 400: availability 0.75,
        // performance 40 x 2 / 10 800, quality 0.5: oee = 0.75 x 80/10800 x 0.5 = 1/360
        StationRow press = stations.get("PRESS");
        assertThat(press.downtimeH()).isCloseTo(1.0, within(1e-12));
        assertThat(press.availability()).isCloseTo(0.75, within(1e-12));
        assertThat(press.performance()).isCloseTo(80 / 10_800.0, within(1e-12));
        assertThat(press.oee()).isCloseTo(1 / 360.0, within(1e-12));
        // mean WIP so far: P1 06:10-07:00 and P2 08:20-09:00 in PRESS (3000 + 2400 s); CHECK P1 07:00-07:30 and
        // P2 09:00-10:00 (1800 + 3600 s)
        assertThat(press.avgWip()).isCloseTo(5400 / SO_FAR_S, within(1e-12));
        assertThat(stations.get("CHECK").avgWip()).isCloseTo(5400 / SO_FAR_S, within(1e-12));
        // CHECK: 15 min down, 1 inspected: availability 13 500 / 14 400, performance 20 / 13 500
        assertThat(stations.get("CHECK").availability()).isCloseTo(13_500 / SO_FAR_S, within(1e-12));
        assertThat(stations.get("CHECK").performance()).isCloseTo(20 / 13_500.0, within(1e-12));
        // the hours of the whole day are listed; those not reached yet count nothing
        assertThat(report.byHour()).hasSize(24).contains(new HourRow("2026-11-03T07:00", 1),
                new HourRow("2026-11-03T11:00", 0));
    }

    @Test
    void exitAndScrapStationsHaveNoOeeAvailabilityOrPerformance() {
        ProductionReport report = store.reportAt(ReportKind.PRODUCTION, DAY, DAY, at("2026-11-03T10:00Z"));

        for (String station : new String[] {"OUT", "BIN"}) {
            StationRow row = byStation(report).get(station);
            assertThat(row.oee()).as(station).isNull();
            assertThat(row.availability()).as(station).isNull();
            assertThat(row.performance()).as(station).isNull();
        }
        assertThat(byStation(report).get("IN").availability()).isEqualTo(1.0);
    }

    @Test
    void theSameDayOnceOverIsTheContractsWholePeriod() {
        ProductionReport later = store.reportAt(ReportKind.PRODUCTION, DAY, DAY, at("2026-11-04T07:00Z"));
        ProductionReport whole = store.report(ReportKind.PRODUCTION, DAY, DAY);

        assertThat(later).isEqualTo(whole);
        assertThat(whole.header().soFar()).isFalse();
        assertThat(whole.header().asOf()).isEqualTo(whole.header().periodEnd());
        // both parts completed; PRESS down from 09:00 to the day's end (21 h): availability 3 h / 24 h
        assertThat(whole.totals()).isEqualTo(new Totals(2, 2, 0, 0, (90.0 + 180.0) / 2));
        assertThat(byStation(whole).get("PRESS").availability()).isCloseTo(3 / 24.0, within(1e-12));
        assertThat(store.<ProductionReport>reportAt(ReportKind.PRODUCTION, DAY, DAY, at("2026-11-03T06:00Z")))
                .as("at the period's first instant nothing has gone by: the whole period").isEqualTo(whole);
    }

    @Test
    void qualityAndEnergySoFarCountWhatHappenedUpToNow() {
        QualityReport quality = store.reportAt(ReportKind.QUALITY, DAY, DAY, at("2026-11-03T10:00Z"));
        EnergyReport energy = store.reportAt(ReportKind.ENERGY, DAY, DAY, at("2026-11-03T10:00Z"));

        // inspected: P1 at 07:30 (P2 leaves CHECK after now); WO2 resolved after 15 min
        assertThat(quality.totals().inspected()).isEqualTo(1);
        assertThat(quality.maintenance().workOrdersResolved()).isEqualTo(1);
        assertThat(quality.maintenance().mttrH()).isCloseTo(0.25, within(1e-12));
        // 2 kWh so far, one part completed
        assertThat(energy.totals().kwh()).isCloseTo(2.0, within(1e-12));
        assertThat(energy.totals().kwhPerPart()).isCloseTo(2.0, within(1e-12));
        assertThat(energy.header().soFar()).isTrue();
    }

    private static Map<String, StationRow> byStation(ProductionReport report) {
        return report.byStation().stream().collect(Collectors.toMap(StationRow::station, Function.identity()));
    }
}
