package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.Tables.charted;
import static org.floorwatch.localstore.report.Tables.count;
import static org.floorwatch.localstore.report.Tables.dateTime;
import static org.floorwatch.localstore.report.Tables.decimal;
import static org.floorwatch.localstore.report.Tables.local;
import static org.floorwatch.localstore.report.Tables.percent;
import static org.floorwatch.localstore.report.Tables.row;
import static org.floorwatch.localstore.report.Tables.table;
import static org.floorwatch.localstore.report.Tables.text;

import java.time.Instant;
import java.util.List;
import org.floorwatch.localstore.report.QualityReport.Maintenance;
import org.floorwatch.localstore.report.QualityReport.Totals;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Table;

/** The quality report as tables: totals, failures by station (charted) and by error, maintenance, tools. */
final class QualityTables {

    private QualityTables() {
    }

    static ReportDocument document(QualityReport report, Instant generatedAt) {
        ReportHeader header = report.header();
        Totals totals = report.totals();
        Maintenance maintenance = report.maintenance();
        Table summary = table("Totals",
                List.of(count("Inspected", "parts"), count("Passed", "parts"), count("Failed", "parts"),
                        percent("First-pass yield"), count("Reworked", "parts"), count("Pending rework", "parts"),
                        count("Scrapped", "parts"), count("Work orders resolved", "orders"), decimal("MTTR", "h")),
                List.of(row(totals.inspected(), totals.passed(), totals.failed(), totals.firstPassYield(),
                        totals.reworked(), totals.pendingRework(), totals.scrapped(),
                        maintenance.workOrdersResolved(), maintenance.mttrH())));
        Table byStation = charted("Failures by station",
                List.of(text("Station"), text("Department"), count("Failures", "parts")),
                report.failuresByStation().stream().map(f -> row(f.station(), f.department(), f.failures())).toList(),
                ChartKind.BAR, "Failures by station", 0, 2);
        Table byError = table("Failures by error",
                List.of(text("Station"), text("Error"), count("Failures", "parts")),
                report.failuresByError().stream().map(f -> row(f.station(), f.error(), f.failures())).toList());
        Table workOrders = table("Maintenance",
                List.of(text("Work order"), text("Machine"), text("Fault"), text("Severity"), dateTime("Reported"),
                        dateTime("Started"), dateTime("Resolved"), text("Technician"), decimal("Repair time", "h")),
                maintenance.records().stream().map(w -> row(w.workOrder(), w.machine(), w.fault(), w.severity(),
                        local(w.reported(), header), local(w.started(), header), local(w.resolved(), header),
                        w.technician(), w.repairH())).toList());
        Table tools = charted("Tools",
                List.of(text("Tool kind"), count("Retired", "tools"), decimal("Avg life", "h"),
                        decimal("Expected life", "h")),
                report.tools().stream().map(t -> row(t.kind(), t.retired(), t.avgLifeH(), t.expectedLifeH())).toList(),
                ChartKind.BAR, "Tool life against expected", 0, 2, 3);
        return Tables.document("Quality report", header, generatedAt, summary, byStation, byError, workOrders, tools);
    }
}
