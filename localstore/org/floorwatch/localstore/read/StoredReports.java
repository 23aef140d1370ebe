package org.floorwatch.localstore.read;

import java.time.Instant;
import java.util.Objects;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.AuditReport;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.localstore.report.WipGrid;
import org.floorwatch.localstore.report.WipReplay;

/**
 * The reports as the Reports screen reads them: a report of contract section 5 over a period, and for the
 * production report the station x time grid of mean WIP. Each call reads on a connection of its own and blocks:
 * call it off the JavaFX thread.
 */
public final class StoredReports {

    /** A report and, for production, its WIP grid (null for the others). */
    public record Figures(Report report, WipGrid wipGrid) { }

    private final FloorStore store;
    private final FloorPlan plan;

    public StoredReports(FloorStore store, FloorPlan plan) {
        this.store = Objects.requireNonNull(store, "store");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /**
     * The {@code kind} report over {@code period}, computed from what the store has committed, as far as {@code asOf}
     * (the floor's now): a period that holds it is reported so far ({@link ReportPeriod#soFar}).
     */
    public Figures compute(ReportKind kind, ReportPeriod period, Instant asOf) {
        return StoreReads.read(store, "the " + kind.word() + " report", connection -> {
            Report report = kind.compute(connection, plan, period.soFar(asOf));
            WipGrid grid = kind == ReportKind.PRODUCTION ? WipReplay.compute(connection, plan, period, asOf) : null;
            return new Figures(report, grid);
        });
    }

    /** The audit trail stamped in {@code period}'s production days. */
    public AuditReport audit(ReportPeriod period) {
        return StoreReads.read(store, "the audit trail", connection -> AuditReport.of(connection, plan, period));
    }
}
