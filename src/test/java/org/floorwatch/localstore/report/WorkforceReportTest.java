package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.floorwatch.localstore.report.WorkforceReport.AbsenceReason;
import org.floorwatch.localstore.report.WorkforceReport.Attendance;
import org.floorwatch.localstore.report.WorkforceReport.TaskHours;
import org.floorwatch.localstore.report.WorkforceReport.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkforceReportTest {

    private static final String CLOCK_IN = "INSERT OR REPLACE INTO clock_ins VALUES ";

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
     * Clock-ins of production day 2026-11-03 (GMT): E1 MAIN A 06:00-14:00, E2 MAIN A late 06:30-14:00 (first
     * imported as absent, then corrected), E3 QA B absent (Sick), E4 QA C 22:00-04 06:00, E5 QA C 22:00 with no
     * clock-out (the shift's end, 04 06:00), E6 MAIN A absent (Holiday); E7 worked on the 2nd (outside).
     * Tasks starting in the day: E1 Press 06-10 and Setup 10-12, E2 Press 07:00-08:30, E4 Check 04 05:00-07:00
     * (ends after the day; counted whole), E9 Clean 09-10 (no clock-in); E1 Press from 04 06:00 is the next day.
     */
    private void writeOrdinaryDay() {
        store.sql(CLOCK_IN + "('E2', DATE '2026-11-03', 'A', 'Bea', 'MAIN', 'Absent', 'Sick', NULL, NULL, 'c1.csv', 3)");
        store.sql(CLOCK_IN + """
                ('E1', DATE '2026-11-03', 'A', 'Al', 'MAIN', 'Present', NULL,
                 TIMESTAMP '2026-11-03 06:00', TIMESTAMP '2026-11-03 14:00', 'c2.csv', 2),
                ('E2', DATE '2026-11-03', 'A', 'Bea', 'MAIN', 'Late', NULL,
                 TIMESTAMP '2026-11-03 06:30', TIMESTAMP '2026-11-03 14:00', 'c2.csv', 3),
                ('E3', DATE '2026-11-03', 'B', 'Cy', 'QA', 'Absent', 'Sick', NULL, NULL, 'c2.csv', 4),
                ('E4', DATE '2026-11-03', 'C', 'Di', 'QA', 'Present', NULL,
                 TIMESTAMP '2026-11-03 22:00', TIMESTAMP '2026-11-04 06:00', 'c2.csv', 5),
                ('E5', DATE '2026-11-03', 'C', 'Ed', 'QA', 'Present', NULL, TIMESTAMP '2026-11-03 22:00', NULL, 'c2.csv', 6),
                ('E6', DATE '2026-11-03', 'A', 'Fi', 'MAIN', 'Absent', 'Holiday', NULL, NULL, 'c2.csv', 7),
                ('E7', DATE '2026-11-02', 'A', 'Gus', 'MAIN', 'Present', NULL,
                 TIMESTAMP '2026-11-02 06:00', TIMESTAMP '2026-11-02 14:00', 'c2.csv', 8)""",
                """
                INSERT INTO task_log VALUES
                 ('E1', TIMESTAMP '2026-11-03 06:00', TIMESTAMP '2026-11-03 10:00', 'Press', 'PRESS', 't.csv', 2),
                 ('E1', TIMESTAMP '2026-11-03 10:00', TIMESTAMP '2026-11-03 12:00', 'Setup', 'PRESS', 't.csv', 3),
                 ('E2', TIMESTAMP '2026-11-03 07:00', TIMESTAMP '2026-11-03 08:30', 'Press', 'PRESS', 't.csv', 4),
                 ('E4', TIMESTAMP '2026-11-04 05:00', TIMESTAMP '2026-11-04 07:00', 'Check', 'CHECK', 't.csv', 5),
                 ('E9', TIMESTAMP '2026-11-03 09:00', TIMESTAMP '2026-11-03 10:00', 'Clean', NULL, 't.csv', 6),
                 ('E1', TIMESTAMP '2026-11-04 06:00', TIMESTAMP '2026-11-04 07:00', 'Press', 'PRESS', 't.csv', 7)""");
    }

    @Test
    void attendanceByDepartmentCountsTheCorrectedRows() {
        writeOrdinaryDay();

        WorkforceReport report = store.report(ReportKind.WORKFORCE, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // MAIN: E1 present, E2 late (corrected from absent), E6 absent -> (1 + 1) / 3
        // QA: E3 absent, E4 and E5 present -> 2 / 3
        assertThat(report.byDepartment()).containsExactly(new Attendance("MAIN", null, 3, 1, 1, 1, 2 / 3.0),
                new Attendance("QA", null, 3, 2, 0, 1, 2 / 3.0));
        assertThat(report.byDepartmentShift()).containsExactly(new Attendance("MAIN", "A", 3, 1, 1, 1, 2 / 3.0),
                new Attendance("QA", "B", 1, 0, 0, 1, 0.0), new Attendance("QA", "C", 2, 2, 0, 0, 1.0));
        assertThat(report.absenceReasons()).containsExactlyInAnyOrder(new AbsenceReason("Holiday", 1),
                new AbsenceReason("Sick", 1));
    }

    @Test
    void hoursPerWorkerAndTask() {
        writeOrdinaryDay();

        WorkforceReport report = store.report(ReportKind.WORKFORCE, OrdinaryDay.DAY, OrdinaryDay.DAY);

        // E1 8 h worked, 4 + 2 on tasks; E2 7.5 h, 1.5; E4 8 h, 2; E5 no clock-out: 22:00 to the shift's end = 8 h
        assertThat(report.byWorker()).containsExactly(
                new Worker("E1", "Al", "MAIN", 8.0, 6.0, 0.75),
                new Worker("E2", "Bea", "MAIN", 7.5, 1.5, 0.2),
                new Worker("E3", "Cy", "QA", 0.0, 0.0, null),
                new Worker("E4", "Di", "QA", 8.0, 2.0, 0.25),
                new Worker("E5", "Ed", "QA", 8.0, 0.0, 0.0),
                new Worker("E6", "Fi", "MAIN", 0.0, 0.0, null),
                new Worker("E9", null, null, 0.0, 1.0, null));
        assertThat(report.byTask()).containsExactly(new TaskHours("Press", 5.5), new TaskHours("Check", 2.0),
                new TaskHours("Setup", 2.0), new TaskHours("Clean", 1.0));
    }

    @Test
    void aNightShiftIsElapsedTimeOnTheNightTheClocksGoBack() {
        // production day 2026-10-24: shift C runs 22:00 BST (21:00Z) to 06:00 GMT (06:00Z), 9 hours
        store.sql(CLOCK_IN + """
                ('N1', DATE '2026-10-24', 'C', 'Nia', 'MAIN', 'Present', NULL,
                 TIMESTAMP '2026-10-24 21:00', TIMESTAMP '2026-10-25 06:00', 'c.csv', 2),
                ('N2', DATE '2026-10-24', 'C', 'Ned', 'MAIN', 'Present', NULL, TIMESTAMP '2026-10-24 21:00', NULL, 'c.csv', 3)""");

        WorkforceReport report = store.report(ReportKind.WORKFORCE, "2026-10-24", "2026-10-24");

        assertThat(report.byWorker()).extracting(Worker::hoursWorked).containsExactly(9.0, 9.0);
    }

    @Test
    void anEmptyPeriodHasEmptyTables() {
        WorkforceReport report = store.report(ReportKind.WORKFORCE, OrdinaryDay.DAY, OrdinaryDay.DAY);

        assertThat(report.byDepartment()).isEmpty();
        assertThat(report.absenceReasons()).isEmpty();
        assertThat(report.byWorker()).isEmpty();
        assertThat(report.byTask()).isEmpty();
    }
}
