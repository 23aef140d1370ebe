package org.floorwatch.localstore.report;

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

/**
 * A real store on the {@link SmallPlan} site (Europe/London, shifts 06-14-22-06) for report tests: events go in
 * through the writer, file-source rows as plain SQL through the writer's work queue. Times in tests are written
 * with their offset ({@code 2026-11-03T06:10Z}, {@code 2026-10-25T01:30+01:00}).
 */
final class ReportStore implements AutoCloseable {

    final FloorPlan plan = SmallPlan.plan();
    final ProductionCalendar calendar = ProductionCalendar.of(plan);
    private final FloorStore store;

    ReportStore(Path dataDir) {
        store = FloorStore.open(dataDir);
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

    static EnergySample energy(String id, String ts, String machine, double kwh, double kw) {
        return new EnergySample(id, at(ts), machine, kwh, kw);
    }

    /** One batch, committed before this returns. */
    void write(FloorEvent... events) {
        store.writer().write(IngestBatch.of(List.of(events)));
    }

    /** Changes read from a database, through the writer as the pollers and Debezium store them. */
    void write(IngestBatch batch) {
        store.writer().write(batch);
    }

    /** File-source rows, as the importer would store them (UTC timestamps), in one transaction. */
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

    <T extends Report> T report(ReportKind kind, String from, String to) {
        return report(kind, ReportPeriod.of(LocalDate.parse(from), LocalDate.parse(to), calendar));
    }

    /** The report as a screen shows it at floor time {@code now}: so far, when the period holds it. */
    <T extends Report> T reportAt(ReportKind kind, String from, String to, Instant now) {
        return report(kind, ReportPeriod.of(LocalDate.parse(from), LocalDate.parse(to), calendar).soFar(now));
    }

    @SuppressWarnings("unchecked")
    private <T extends Report> T report(ReportKind kind, ReportPeriod period) {
        try (Connection connection = store.newReadConnection()) {
            return (T) kind.compute(connection, plan, period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
