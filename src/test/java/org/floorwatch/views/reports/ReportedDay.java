package org.floorwatch.views.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.FloorClock;

/**
 * A real store on the {@link SmallPlan} site (Europe/London, GMT in November, shifts A 06-14, B 14-22, C 22-06)
 * holding production day 2026-11-03 and a part of the 2nd: moves through the writer, file-source rows (clock-ins,
 * task log, energy report, work orders, tools) as SQL on the writer's thread, as the importer stores them.
 * The floor's clock stands at 2026-11-03 15:00Z, in shift B.
 */
final class ReportedDay implements AutoCloseable {

    static final LocalDate DAY = LocalDate.parse("2026-11-03");
    static final Instant NOW = at("2026-11-03T15:00Z");

    final FloorPlan plan = SmallPlan.plan();
    final ProductionCalendar calendar = ProductionCalendar.of(plan);
    final FloorStore store;

    ReportedDay(Path dataDir) {
        store = FloorStore.open(dataDir);
        store.writer().write(IngestBatch.of(List.of(
                move("p6a", "2026-11-02T10:00Z", "P6", null, "IN"), move("p6b", "2026-11-02T10:10Z", "P6", "IN", "PRESS"),
                move("p6c", "2026-11-02T10:40Z", "P6", "PRESS", "CHECK"), move("p6d", "2026-11-02T11:00Z", "P6", "CHECK", "OUT"),
                move("p1a", "2026-11-03T06:05Z", "P1", null, "IN"), move("p1b", "2026-11-03T06:10Z", "P1", "IN", "PRESS"),
                move("p1c", "2026-11-03T06:40Z", "P1", "PRESS", "CHECK"), move("p1d", "2026-11-03T06:50Z", "P1", "CHECK", "OUT"),
                move("p2a", "2026-11-03T07:00Z", "P2", null, "IN"), move("p2b", "2026-11-03T07:05Z", "P2", "IN", "PRESS"),
                failed("p2c", "2026-11-03T07:30Z", "P2", "PRESS", "CHECK", "E1"),
                failed("p2d", "2026-11-03T07:40Z", "P2", "CHECK", "FIX", "E9"),
                move("p2e", "2026-11-03T08:10Z", "P2", "FIX", "CHECK"), move("p2f", "2026-11-03T08:20Z", "P2", "CHECK", "OUT"),
                move("p3a", "2026-11-03T14:10Z", "P3", null, "IN"), move("p3b", "2026-11-03T14:20Z", "P3", "IN", "PRESS"),
                move("p3c", "2026-11-03T14:50Z", "P3", "PRESS", "CHECK"),
                failed("p3d", "2026-11-03T15:10Z", "P3", "CHECK", "BIN", "E9"),
                move("p4a", "2026-11-03T16:00Z", "P4", null, "IN"), move("p4b", "2026-11-03T16:10Z", "P4", "IN", "PRESS"),
                move("p4c", "2026-11-03T16:50Z", "P4", "PRESS", "CHECK"),
                failed("p4d", "2026-11-03T17:00Z", "P4", "CHECK", "FIX", "E7"),
                move("p5a", "2026-11-03T23:00Z", "P5", null, "IN"), move("p5b", "2026-11-03T23:30Z", "P5", "IN", "PRESS"),
                new EnergySample("e1", at("2026-11-03T08:00Z"), "M-PRESS", 5.5, 20),
                new EnergySample("e2", at("2026-11-03T09:00Z"), "M-CHECK", 1.25, 3))));
        sql("""
                INSERT INTO purchase_orders VALUES
                ('PO-1', 'in', 'steel sheet', 40, 'confirmed', '2026-11-03 08:00', '2026-11-03 09:30', NULL, 'Acme', 'erp', 0),
                ('PO-2', 'in', 'bearings', 200, 'received', '2026-11-02 08:00', NULL, '2026-11-03 12:00', 'Bolt Co', 'erp', 0)""");
        sql("""
                INSERT INTO clock_ins VALUES
                 ('E1', DATE '2026-11-03', 'A', 'Al', 'MAIN', 'Present', NULL,
                  TIMESTAMP '2026-11-03 06:00', TIMESTAMP '2026-11-03 14:00', 'c.csv', 2),
                 ('E2', DATE '2026-11-03', 'A', 'Bea', 'MAIN', 'Late', NULL,
                  TIMESTAMP '2026-11-03 06:20', TIMESTAMP '2026-11-03 14:00', 'c.csv', 3),
                 ('E3', DATE '2026-11-03', 'B', 'Cy', 'QA', 'Absent', 'Sick', NULL, NULL, 'c.csv', 4),
                 ('E4', DATE '2026-11-03', 'B', 'Di', 'QA', 'Present', NULL,
                  TIMESTAMP '2026-11-03 14:00', TIMESTAMP '2026-11-03 22:00', 'c.csv', 5)""",
                """
                INSERT INTO task_log VALUES
                 ('E1', TIMESTAMP '2026-11-03 06:00', TIMESTAMP '2026-11-03 10:00', 'Press', 'PRESS', 't.csv', 2),
                 ('E4', TIMESTAMP '2026-11-03 14:00', TIMESTAMP '2026-11-03 16:00', 'Check', 'CHECK', 't.csv', 3)""",
                "INSERT INTO energy_reports VALUES (DATE '2026-11-03', 'M-PRESS', 40.0, 22.0, 'e.csv', 2)",
                """
                INSERT INTO work_orders VALUES ('WO1', 'M-PRESS', 'jam', 'high', TIMESTAMP '2026-11-03 10:00', NULL,
                 TIMESTAMP '2026-11-03 12:00', 'Ann', 'm.csv', 2)""",
                "INSERT INTO tools VALUES ('T1', 'Drill 6', 'drill', 'Acme', 100, 'PRESS', 't.csv', 2)",
                "INSERT INTO tool_inventory VALUES ('T1', 'retired', NULL, NULL, 90, NULL, 'inv.json')");
    }

    /** A clock standing at {@link #NOW}. */
    static FloorClock clock() {
        return new FloorClock() {
            @Override
            public Instant now() {
                return NOW;
            }

            @Override
            public double speed() {
                return 1;
            }
        };
    }

    static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    static PartMove move(String id, String ts, String part, String from, String to) {
        return new PartMove(id, at(ts), part, "WIDGET", from, to, null);
    }

    static PartMove failed(String id, String ts, String part, String from, String to, String error) {
        return new PartMove(id, at(ts), part, "WIDGET", from, to, error);
    }

    /**
     * What {@link ReportKind#compute} makes of the store over {@code from .. to} at the floor's {@link #NOW}, as the
     * screens show it: so far for a period that holds it.
     */
    @SuppressWarnings("unchecked")
    <T extends Report> T report(ReportKind kind, LocalDate from, LocalDate to) {
        try (Connection connection = store.newReadConnection()) {
            return (T) kind.compute(connection, plan, ReportPeriod.of(from, to, calendar).soFar(NOW));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void sql(String... statements) {
        store.writer().submitWork("test rows", connection -> {
            try (Statement sql = connection.createStatement()) {
                for (String statement : statements) {
                    sql.execute(statement);
                }
            }
            return null;
        }).join();
    }

    void write(FloorEvent... events) {
        store.writer().write(IngestBatch.of(List.of(events)));
    }

    @Override
    public void close() {
        store.close();
    }
}
