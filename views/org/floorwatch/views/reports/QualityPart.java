package org.floorwatch.views.reports;

import eu.hansolo.tilesfx.Tile;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.localstore.report.QualityReport;
import org.floorwatch.localstore.report.QualityReport.ToolKind;
import org.floorwatch.localstore.report.QualityReport.WorkOrder;
import org.floorwatch.views.theme.KpiTile;

/**
 * The quality report on screen: tiles (inspected, passed, failed, first-pass yield, rework done and pending,
 * scrap, MTTR), the Pareto of failures by station and error code with its table, the maintenance records and
 * tool life against expected. A department filter keeps its stations' failures and its machines' work orders.
 */
final class QualityPart implements ReportPart {

    private final Map<String, Station> stations;
    private final Map<String, Machine> machines;
    private final Tile inspected = KpiTile.of("kpi-inspected", "Inspected");
    private final Tile passed = KpiTile.of("kpi-passed", "Passed");
    private final Tile failed = KpiTile.of("kpi-failed", "Failed");
    private final Tile firstPass = KpiTile.of("kpi-first-pass", "First-pass yield");
    private final Tile reworked = KpiTile.of("kpi-reworked", "Reworked");
    private final Tile scrapped = KpiTile.of("kpi-scrapped", "Scrapped");
    private final Tile mttr = KpiTile.of("kpi-mttr", "MTTR");
    private final ParetoChart pareto = new ParetoChart();
    private final FigureTable<ParetoRow> paretoTable = new FigureTable<ParetoRow>("pareto-table", "No failures")
            .text("Station", ParetoRow::station).text("Department", ParetoRow::department)
            .text("Error", ParetoRow::error).count("Failures", ParetoRow::failures)
            .percent("Cumulative", ParetoRow::cumulative).showingUpTo(14);
    private final FigureTable<WorkOrder> workOrders;
    private final FigureTable<ToolKind> tools = new FigureTable<ToolKind>("tool-table", "No tools in the master list")
            .text("Tool kind", ToolKind::kind).count("Retired", ToolKind::retired)
            .decimal("Mean life (h)", 1, ToolKind::avgLifeH).decimal("Expected life (h)", 1, ToolKind::expectedLifeH)
            .percent("Life reached", QualityPart::lifeReached);
    private final Node root;

    QualityPart(FloorPlan plan) {
        stations = plan.stationsById();
        machines = plan.machinesById();
        ZoneId zone = plan.timezone();
        workOrders = new FigureTable<WorkOrder>("work-order-table", "No work orders in this period")
                .text("Work order", WorkOrder::workOrder).text("Machine", WorkOrder::machine)
                .text("Fault", WorkOrder::fault).text("Severity", WorkOrder::severity)
                .time("Reported", zone, WorkOrder::reported).time("Resolved", zone, WorkOrder::resolved)
                .decimal("Repair (h)", 2, WorkOrder::repairH).text("Technician", WorkOrder::technician);
        Node chart = Sections.section("Pareto of failures", pareto.view(), 300);
        Node table = Sections.section("Failures by station and error code", paretoTable.view(), 0);
        Node maintenance = Sections.section("Maintenance records", workOrders.view(), 0);
        Node toolLife = Sections.section("Tool life against expected", tools.view(), 0);
        root = Sections.page(KpiTile.row(List.of(inspected, passed, failed, firstPass, reworked, scrapped, mttr)),
                List.of(chart, table, toolLife, maintenance), List.of(maintenance));
    }

    @Override
    public Node root() {
        return root;
    }

    /** The Pareto chart, for tests. */
    ParetoChart pareto() {
        return pareto;
    }

    @Override
    public void show(ReportFigures figures, RowFilter filter) {
        QualityReport report = (QualityReport) figures.report();
        var totals = report.totals();
        KpiTile.show(inspected, Numbers.count(totals.inspected()), "moves out of inspection");
        KpiTile.show(passed, Numbers.count(totals.passed()), "no error");
        KpiTile.show(failed, Numbers.count(totals.failed()), "with an error");
        KpiTile.show(firstPass, Numbers.percent(totals.firstPassYield()), "first inspections in the period");
        KpiTile.show(reworked, Numbers.count(totals.reworked()), Numbers.count(totals.pendingRework()) + " pending");
        KpiTile.show(scrapped, Numbers.count(totals.scrapped()), "parts");
        KpiTile.show(mttr, Numbers.decimal(report.maintenance().mttrH(), 2),
                "hours \u00b7 " + report.maintenance().workOrdersResolved() + " resolved");
        List<ParetoRow> rows = ParetoRow.of(report.failuresByError(), stations, filter::departmentShown);
        pareto.show(rows);
        paretoTable.show(rows);
        workOrders.show(report.maintenance().records().stream()
                .filter(w -> filter.departmentShown(departmentOf(w.machine()))).toList());
        tools.show(report.tools());
    }

    private String departmentOf(String machine) {
        Machine known = machines.get(machine);
        Station station = known == null ? null : stations.get(known.station());
        return station == null ? null : station.department();
    }

    private static Double lifeReached(ToolKind kind) {
        return kind.avgLifeH() == null || kind.expectedLifeH() == null || kind.expectedLifeH() == 0 ? null
                : kind.avgLifeH() / kind.expectedLifeH();
    }
}
