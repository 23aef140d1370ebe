package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.localstore.report.ReportStore.energy;
import static org.floorwatch.localstore.report.ReportStore.move;

import java.nio.file.Path;
import java.time.LocalDate;
import org.floorwatch.localstore.report.EnergyReport.DepartmentEnergy;
import org.floorwatch.localstore.report.EnergyReport.MachineDay;
import org.floorwatch.localstore.report.EnergyReport.MachineEnergy;
import org.floorwatch.localstore.report.EnergyReport.Source;
import org.floorwatch.localstore.report.EnergyReport.Totals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyReportTest {

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

    /**
     * Production days 2026-11-03 and 04 (GMT): [03 06:00Z, 05 06:00Z). M-PRESS has an energy report row for the
     * 3rd (100 kWh, peak 30 kW) and live samples on both days; M-CHECK only live samples, some just outside.
     */
    private void writeTwoDays() {
        store.sql("""
                INSERT INTO energy_reports VALUES (DATE '2026-11-03', 'M-PRESS', 100, 30, 'e.csv', 2),
                 (DATE '2026-11-05', 'M-CHECK', 999, 99, 'e.csv', 3)""");
        store.write(energy("e1", "2026-11-03T07:00Z", "M-PRESS", 5, 40),
                energy("e2", "2026-11-04T07:00Z", "M-PRESS", 6, 20),
                energy("e3", "2026-11-04T08:00Z", "M-PRESS", 4, 25),
                energy("e4", "2026-11-03T05:59Z", "M-CHECK", 50, 90),
                energy("e5", "2026-11-03T06:00Z", "M-CHECK", 1, 3),
                energy("e6", "2026-11-05T05:59:59Z", "M-CHECK", 2, 4),
                energy("e7", "2026-11-05T06:00Z", "M-CHECK", 70, 95));
        store.write(energy("e5", "2026-11-03T06:30Z", "M-CHECK", 500, 500),
                move("m1", "2026-11-03T12:00Z", "P1", "CHECK", "OUT"),
                move("m2", "2026-11-04T12:00Z", "P2", "CHECK", "OUT"));
    }

    @Test
    void theEnergyReportIsTheAuthorityForItsMachineAndDay() {
        writeTwoDays();

        EnergyReport report = store.report(ReportKind.ENERGY, "2026-11-03", "2026-11-04");

        // M-PRESS: 3rd from the report (100; the 5 kWh sample is not added), 4th live 6 + 4 = 10 -> 110
        // M-CHECK: 3rd live 1 (the 05:59 sample is the 2nd's; e5's second copy is a duplicate), 4th live 2 -> 3
        // peaks: M-PRESS max(30, 40, 20, 25) = 40; M-CHECK max(3, 4) = 4
        assertThat(report.byMachine()).containsExactly(new MachineEnergy("M-PRESS", "PRESS", "MAIN", 110.0, 40.0),
                new MachineEnergy("M-CHECK", "CHECK", "QA", 3.0, 4.0));
        assertThat(report.byMachineDay()).containsExactly(
                new MachineDay(LocalDate.parse("2026-11-03"), "M-PRESS", 100.0, Source.REPORT),
                new MachineDay(LocalDate.parse("2026-11-03"), "M-CHECK", 1.0, Source.LIVE),
                new MachineDay(LocalDate.parse("2026-11-04"), "M-PRESS", 10.0, Source.LIVE),
                new MachineDay(LocalDate.parse("2026-11-04"), "M-CHECK", 2.0, Source.LIVE));
        // 113 kWh over 2 completed parts
        assertThat(report.totals()).isEqualTo(new Totals(113.0, 56.5, 40.0, 2));
        assertThat(report.byDepartment()).containsExactly(new DepartmentEnergy("MAIN", 110.0),
                new DepartmentEnergy("QA", 3.0));
    }

    @Test
    void samplesLandInTheProductionDayOfTheirTimestampAcrossTheClockChange() {
        // production day 2026-03-28 ends at 06:00 BST = 05:00Z on the 29th
        store.write(energy("s1", "2026-03-29T04:59Z", "M-PRESS", 1, 10),
                energy("s2", "2026-03-29T05:00Z", "M-PRESS", 2, 20));

        EnergyReport day28 = store.report(ReportKind.ENERGY, "2026-03-28", "2026-03-28");
        EnergyReport day29 = store.report(ReportKind.ENERGY, "2026-03-29", "2026-03-29");

        assertThat(day28.totals().kwh()).isEqualTo(1.0);
        assertThat(day29.totals().kwh()).isEqualTo(2.0);
    }

    @Test
    void withoutCompletedPartsThereIsNoEnergyPerPart() {
        EnergyReport report = store.report(ReportKind.ENERGY, "2026-11-03", "2026-11-03");

        assertThat(report.totals()).isEqualTo(new Totals(0.0, null, null, 0));
        assertThat(report.byMachine()).containsExactly(new MachineEnergy("M-PRESS", "PRESS", "MAIN", 0.0, null),
                new MachineEnergy("M-CHECK", "CHECK", "QA", 0.0, null));
    }
}
