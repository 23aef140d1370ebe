package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorwatch.localstore.report.ReportStore.at;
import static org.floorwatch.localstore.report.ReportStore.move;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.floorwatch.localstore.report.ProductionReport.HourRow;
import org.floorwatch.localstore.report.ProductionReport.ShiftRow;
import org.floorwatch.localstore.report.ProductionReport.StationRow;
import org.floorwatch.localstore.report.ProductionReport.Totals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionReportTest {

    private static final double DAY_S = 86_400;

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
    void totalsOfAnOrdinaryDayCountEachEventOnceInItsOwnDay() {
        OrdinaryDay.write(store);

        ProductionReport report = store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // started: P2 07:00, P3 13:50, P7 16:00, P6 20:00, P4 23:00 (P1 entered the day before, P5 the day after)
        // completed: P1 06:40, P0 06:50, P2 08:10 (once, though sent twice), P4 04 05:59 (stored late)
        // wip_end: P6 in PRESS, P7 in FIX; OUT and BIN hold none
        // lead time: P0 06:50 - 02 10:00 = 1250 min, P1 100, P2 70, P4 04 05:59 - 23:00 = 419; 1839 / 4 = 459.75
        assertThat(report.totals()).isEqualTo(new Totals(5, 4, 1, 2, 459.75));
        assertThat(report.header().report()).isEqualTo("production");
        assertThat(report.header().timezone()).isEqualTo("Europe/London");
        assertThat(report.header().periodStart()).isEqualTo(at("2026-11-03T06:00Z"));
        assertThat(report.header().periodEnd()).isEqualTo(at("2026-11-04T06:00Z"));
    }

    @Test
    void byShiftPutsTheNightShiftAcrossMidnightOnTheDayItStarts() {
        OrdinaryDay.write(store);

        ProductionReport report = store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY);

        LocalDate day = LocalDate.parse(OrdinaryDay.DAY);
        // A [06,14): started P2, P3; completed P1, P0, P2.  B [14,22): started P7, P6; scrapped P3.
        // C [22, 04 06): started P4; completed P4 at 04 05:59
        assertThat(report.byShift()).containsExactly(
                new ShiftRow(day, "A", at("2026-11-03T06:00Z"), at("2026-11-03T14:00Z"), 2, 3, 0),
                new ShiftRow(day, "B", at("2026-11-03T14:00Z"), at("2026-11-03T22:00Z"), 2, 0, 1),
                new ShiftRow(day, "C", at("2026-11-03T22:00Z"), at("2026-11-04T06:00Z"), 1, 1, 0));
    }

    @Test
    void byHourHasEveryLocalHourOfTheDayWithItsCompletions() {
        OrdinaryDay.write(store);

        ProductionReport report = store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY);

        assertThat(report.byHour()).hasSize(24);
        assertThat(report.byHour().get(0)).isEqualTo(new HourRow("2026-11-03T06:00", 2));
        assertThat(report.byHour().get(23)).isEqualTo(new HourRow("2026-11-04T05:00", 1));
        assertThat(report.byHour()).filteredOn(h -> h.completed() > 0).containsExactly(
                new HourRow("2026-11-03T06:00", 2), new HourRow("2026-11-03T08:00", 1),
                new HourRow("2026-11-04T05:00", 1));
    }

    @Test
    void stationFiguresOfAnOrdinaryDay() {
        OrdinaryDay.write(store);

        Map<String, StationRow> stations = byStation(store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY));

        // processed = moves out in the day; errors = those with an error code
        // IN: P1 P2 P3 P7 P6 P4; PRESS: P1 P2(E1) P3 P7 P4; CHECK: P0 P1 P2(E9) P2 P3(E9) P7(E7) P4; FIX: P0 P2
        // cycle IN: 4200 + 300 + 600 + 300 + 600 + 1800 = 7800 s / 6 = 1300
        // cycle PRESS: 1200 + 1200 + 1800 + 2400 + 5400 = 12000 / 5 = 2400
        // cycle CHECK: 1800 + 600 + 300 + 600 + 1800 + 900 + 17940 = 23940 / 7 = 3420 (P2's second pass counts
        //   from its return from FIX at 08:00, not its first arrival)
        // cycle FIX: P0 from 02 11:00 to 03 06:20 = 69600, P2 1800; 71400 / 2 = 35700
        // WIP part-seconds in the day: IN 4200, PRESS 47400 (P6 20:10 to the end is 35400), CHECK 23940,
        //   FIX 1200 (P0 from 06:00) + 1800 + 46800 (P7 from 17:00 to the end) = 49800
        assertStation(stations.get("IN"), 6, 0, 4200 / DAY_S, 1300.0);
        assertStation(stations.get("PRESS"), 5, 1, 47400 / DAY_S, 2400.0);
        assertStation(stations.get("CHECK"), 7, 3, 23940 / DAY_S, 3420.0);
        assertStation(stations.get("FIX"), 2, 0, 49800 / DAY_S, 35700.0);
        assertStation(stations.get("OUT"), 0, 0, 0, null);
        assertStation(stations.get("BIN"), 0, 0, 0, null);
    }

    @Test
    void oeeTakesTheUnionOfOverlappingAndOpenWorkOrdersAsDowntime() {
        OrdinaryDay.write(store);

        Map<String, StationRow> stations = byStation(store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY));

        // PRESS: 10-12 and 11-13 overlap: 3 h; the open one from 04 05:00 runs to the day's end: 1 h; 4 h = 14400 s
        // availability 72000/86400; performance 40 s x 5 / 72000; quality 4/5 -> oee = 200/86400 x 0.8 = 160/86400
        StationRow press = stations.get("PRESS");
        assertThat(press.downtimeH()).isCloseTo(4.0, within(1e-12));
        assertThat(press.availability()).isCloseTo(72000 / DAY_S, within(1e-12));
        assertThat(press.performance()).isCloseTo(200 / 72000.0, within(1e-12));
        assertThat(press.quality()).isCloseTo(0.8, within(1e-12));
        assertThat(press.oee()).isCloseTo(160 / DAY_S, within(1e-12));
        // CHECK: the work order from the day before is clipped to 06:00-07:00; 20 s x 7 / 82800; quality 4/7
        assertThat(stations.get("CHECK").oee()).isCloseTo(80 / DAY_S, within(1e-12));
        // no machines, no downtime: IN 10 s x 6 / 86400, FIX 60 s x 2 / 86400, both without errors
        assertThat(stations.get("IN").oee()).isCloseTo(60 / DAY_S, within(1e-12));
        assertThat(stations.get("FIX").oee()).isCloseTo(120 / DAY_S, within(1e-12));
        assertThat(stations.get("OUT").oee()).isNull();
    }

    @Test
    void theBottleneckIsTheProcessOrInspectionStationWithTheHighestMeanWip() {
        OrdinaryDay.write(store);

        ProductionReport report = store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // FIX holds more WIP (49800) than PRESS (47400), but rework stations cannot be the bottleneck
        assertThat(report.bottleneck()).isEqualTo("PRESS");
    }

    @Test
    void theDayTheClocksGoBackLasts25HoursAndItsRepeatedHourIsOneRow() {
        // production day 2026-10-24 runs from 06:00 BST (05:00Z) to 06:00 GMT on the 25th (06:00Z): 90000 s
        store.write(move("q1a", "2026-10-24T04:00Z", "Q1", null, "IN"),
                move("q1b", "2026-10-24T04:30Z", "Q1", "IN", "PRESS"),
                move("q2a", "2026-10-24T23:00Z", "Q2", null, "IN"),
                move("q2b", "2026-10-24T23:10Z", "Q2", "IN", "PRESS"),
                move("q2c", "2026-10-24T23:40Z", "Q2", "PRESS", "CHECK"),
                move("q2d", "2026-10-25T01:30+01:00", "Q2", "CHECK", "OUT"),
                move("q3a", "2026-10-25T00:00Z", "Q3", null, "IN"),
                move("q3b", "2026-10-25T00:10Z", "Q3", "IN", "PRESS"),
                move("q3c", "2026-10-25T00:40Z", "Q3", "PRESS", "CHECK"),
                move("q3d", "2026-10-25T01:30+00:00", "Q3", "CHECK", "OUT"),
                move("q5a", "2026-10-25T05:30Z", "Q5", null, "IN"));
        store.write(move("q4a", "2026-10-24T12:00Z", "Q4", null, "IN"),
                move("q4b", "2026-10-24T12:10Z", "Q4", "IN", "PRESS"),
                move("q4c", "2026-10-24T12:40Z", "Q4", "PRESS", "CHECK"),
                move("q4d", "2026-10-24T12:50Z", "Q4", "CHECK", "OUT"));
        store.sql("INSERT INTO work_orders VALUES ('WO9', 'M-PRESS', 'jam', 'high', TIMESTAMP '2026-10-24 23:00', "
                + "NULL, NULL, NULL, 'm.csv', 2)");

        ProductionReport report = store.report(ReportKind.PRODUCTION, "2026-10-24", "2026-10-24");

        assertThat(Duration.between(report.header().periodStart(), report.header().periodEnd())).hasHours(25);
        // started Q2 Q3 Q4 Q5; completed Q4 12:50Z, Q2 01:30 BST, Q3 01:30 GMT; WIP at end Q1 (PRESS), Q5 (IN)
        // lead times 90, 90, 50 min: 230 / 3
        assertThat(report.totals()).isEqualTo(new Totals(4, 3, 0, 2, 230 / 3.0));
        ShiftRow night = report.byShift().get(2);
        assertThat(night).isEqualTo(new ShiftRow(LocalDate.parse("2026-10-24"), "C", at("2026-10-24T21:00Z"),
                at("2026-10-25T06:00Z"), 3, 2, 0));
        assertThat(Duration.between(night.start(), night.end())).hasHours(9);
        // 06..23 on the 24th and 00..05 on the 25th: 24 rows for 25 hours; both 01:30s in the one 01:00 row
        assertThat(report.byHour()).hasSize(24);
        assertThat(report.byHour()).filteredOn(h -> h.hour().equals("2026-10-25T01:00"))
                .containsExactly(new HourRow("2026-10-25T01:00", 2));
        assertThat(report.byHour()).filteredOn(h -> h.completed() > 0).extracting(HourRow::hour)
                .containsExactly("2026-10-24T13:00", "2026-10-25T01:00");
        StationRow press = byStation(report).get("PRESS");
        // Q1 all 90000 s, Q4 Q2 Q3 1800 s each: 95400 / 90000
        assertThat(press.avgWip()).isCloseTo(95400 / 90000.0, within(1e-12));
        // the open work order from 23:00Z runs 7 h to the end: availability 64800 / 90000
        // performance 40 x 3 / 64800, quality 1: oee 120 / 90000
        assertThat(press.availability()).isCloseTo(0.72, within(1e-12));
        assertThat(press.oee()).isCloseTo(120 / 90000.0, within(1e-12));
    }

    @Test
    void theDayTheClocksGoForwardLasts23HoursWithoutTheSkippedHour() {
        // production day 2026-03-28 runs from 06:00Z to 06:00 BST on the 29th (05:00Z): 82800 s
        store.write(move("r1a", "2026-03-28T05:00Z", "R1", null, "IN"),
                move("r1b", "2026-03-28T05:30Z", "R1", "IN", "PRESS"),
                move("r2a", "2026-03-29T00:30Z", "R2", null, "IN"),
                move("r2b", "2026-03-29T00:40Z", "R2", "IN", "PRESS"),
                move("r2c", "2026-03-29T00:50Z", "R2", "PRESS", "CHECK"),
                move("r2d", "2026-03-29T02:30+01:00", "R2", "CHECK", "OUT"),
                move("r3a", "2026-03-29T05:30Z", "R3", null, "IN"));

        ProductionReport report = store.report(ReportKind.PRODUCTION, "2026-03-28", "2026-03-28");

        assertThat(Duration.between(report.header().periodStart(), report.header().periodEnd())).hasHours(23);
        assertThat(report.totals().started()).isEqualTo(1);
        assertThat(report.totals().completed()).isEqualTo(1);
        assertThat(report.byHour()).hasSize(23);
        assertThat(report.byHour()).extracting(HourRow::hour).doesNotContain("2026-03-29T01:00")
                .contains("2026-03-29T00:00", "2026-03-29T02:00");
        assertThat(report.byHour()).filteredOn(h -> h.completed() > 0)
                .containsExactly(new HourRow("2026-03-29T02:00", 1));
        ShiftRow night = report.byShift().get(2);
        assertThat(Duration.between(night.start(), night.end())).hasHours(7);
        // R1 sits in PRESS all 82800 s, R2 for 600 s
        assertThat(byStation(report).get("PRESS").avgWip()).isCloseTo(83400 / 82800.0, within(1e-12));
    }

    @Test
    void anEmptyPeriodHasZerosAndNullRatios() {
        ProductionReport report = store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY);

        assertThat(report.totals()).isEqualTo(new Totals(0, 0, 0, 0, null));
        StationRow in = byStation(report).get("IN");
        assertThat(in.avgCycleS()).isNull();
        assertThat(in.quality()).isNull();
        assertThat(in.oee()).isNull();
        assertThat(in.availability()).isEqualTo(1.0);
        // all mean WIPs are 0: of PRESS and CHECK, the smallest id
        assertThat(report.bottleneck()).isEqualTo("CHECK");
    }

    @Test
    void aStationDownAllPeriodHasNoPerformanceAndPerformanceNeverExceedsOne() {
        // M-PRESS down since before the day, still open; M-CHECK down until 05:59 next morning: 60 s available
        store.sql("""
                INSERT INTO work_orders VALUES
                 ('WO1', 'M-PRESS', 'jam', 'high', TIMESTAMP '2026-11-01 00:00', NULL, NULL, NULL, 'm.csv', 2),
                 ('WO2', 'M-CHECK', 'lamp', 'mid', TIMESTAMP '2026-11-02 00:00', NULL, TIMESTAMP '2026-11-04 05:59', 'Ann', 'm.csv', 3)""");
        for (int i = 0; i < 4; i++) {
            store.write(move("c" + i, "2026-11-03T09:0" + i + "Z", "C" + i, "CHECK", "OUT"));
        }

        Map<String, StationRow> stations = byStation(store.report(ReportKind.PRODUCTION, OrdinaryDay.DAY, OrdinaryDay.DAY));

        StationRow press = stations.get("PRESS");
        assertThat(press.availability()).isEqualTo(0.0);
        assertThat(press.performance()).isNull();
        assertThat(press.oee()).isNull();
        // CHECK: 4 x 20 s of ideal work in 60 s available: performance min(1, 80/60) = 1
        StationRow check = stations.get("CHECK");
        assertThat(check.performance()).isEqualTo(1.0);
        assertThat(check.oee()).isCloseTo(60 / DAY_S, within(1e-12));
    }

    private static Map<String, StationRow> byStation(ProductionReport report) {
        return report.byStation().stream().collect(Collectors.toMap(StationRow::station, Function.identity()));
    }

    private static void assertStation(StationRow row, long processed, long errors, double avgWip, Double avgCycleS) {
        assertThat(row.processed()).as(row.station() + " processed").isEqualTo(processed);
        assertThat(row.errors()).as(row.station() + " errors").isEqualTo(errors);
        assertThat(row.avgWip()).as(row.station() + " avg_wip").isCloseTo(avgWip, within(1e-12));
        if (avgCycleS == null) {
            assertThat(row.avgCycleS()).as(row.station() + " avg_cycle_s").isNull();
        } else {
            assertThat(row.avgCycleS()).as(row.station() + " avg_cycle_s").isCloseTo(avgCycleS, within(1e-9));
        }
    }
}
