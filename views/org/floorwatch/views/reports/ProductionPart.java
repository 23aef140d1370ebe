package org.floorwatch.views.reports;

import eu.hansolo.tilesfx.Tile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.layout.VBox;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.localstore.report.ProductionReport;
import org.floorwatch.localstore.report.ProductionReport.HourRow;
import org.floorwatch.localstore.report.ProductionReport.OpenOrder;
import org.floorwatch.localstore.report.ProductionReport.PurchaseOrders;
import org.floorwatch.localstore.report.ProductionReport.ShiftRow;
import org.floorwatch.localstore.report.ProductionReport.StationRow;
import org.floorwatch.localstore.report.WipGrid;
import org.floorwatch.views.theme.KpiTile;

/**
 * The production report on screen: tiles (parts started, completed and scrapped, WIP at the end, lead time, and
 * the OEE of the bottleneck, which sets the line's pace), completions per hour (per production day beyond seven
 * days) and per shift, the station table with the bottleneck marked, the station x hour grid of mean WIP, and the
 * purchase orders: counts in the period and the table of those open at its end.
 * Under a shift filter the started, completed and scrapped tiles add up that shift's rows.
 */
final class ProductionPart implements ReportPart {

    private static final PseudoClass BOTTLENECK = PseudoClass.getPseudoClass("bottleneck");

    private final Map<String, Station> stations;
    private final Tile started = KpiTile.of("kpi-started", "Started");
    private final Tile completed = KpiTile.of("kpi-completed", "Completed");
    private final Tile scrapped = KpiTile.of("kpi-scrapped", "Scrapped");
    private final Tile wip = KpiTile.of("kpi-wip-end", "WIP at period end");
    private final Tile leadTime = KpiTile.of("kpi-lead-time", "Mean lead time");
    private final Tile oee = KpiTile.of("kpi-oee", "OEE of the bottleneck");
    private final BarChart<String, Number> perHour = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final FigureTable<ShiftRow> shifts = new FigureTable<ShiftRow>("shift-table", "No shifts")
            .text("Production day", r -> r.date().toString()).text("Shift", ShiftRow::shift)
            .count("Started", ShiftRow::started).count("Completed", ShiftRow::completed)
            .count("Scrapped", ShiftRow::scrapped);
    private final FigureTable<StationRow> stationTable = new FigureTable<StationRow>("station-table", "No stations")
            .text("Station", StationRow::station).text("Department", StationRow::department)
            .text("Kind", StationRow::kind).count("Processed", StationRow::processed)
            .count("Errors", StationRow::errors).decimal("Avg WIP", 2, StationRow::avgWip)
            .decimal("Avg cycle (s)", 1, StationRow::avgCycleS).percent("OEE", StationRow::oee)
            .percent("Availability", StationRow::availability).percent("Performance", StationRow::performance)
            .percent("Quality", StationRow::quality).decimal("Downtime (h)", 2, StationRow::downtimeH)
            .showingUpTo(24);
    private final FigureTable<OpenOrder> openOrders;
    private final Label ordersLine = new Label();
    private final Label bottleneckLine = new Label();
    private final WipHeatGrid wipGrid = new WipHeatGrid();
    private final Label gridLine = new Label();
    private final Node root;
    private String bottleneck;
    private WipGrid shownGrid;

    ProductionPart(FloorPlan plan) {
        stations = plan.stationsById();
        openOrders = new FigureTable<OpenOrder>("open-orders-table", "No purchase orders open at the period's end")
                .text("Order", OpenOrder::orderId).text("Item", OpenOrder::item)
                .decimal("Quantity", 0, OpenOrder::quantity).text("Status", OpenOrder::status)
                .time("Requested", plan.timezone(), OpenOrder::requested)
                .time("Confirmed", plan.timezone(), OpenOrder::confirmed).text("Supplier", OpenOrder::counterparty);
        ordersLine.setId("purchase-orders-line");
        ordersLine.getStyleClass().add("section-note");
        perHour.setId("completions-chart");
        perHour.getXAxis().setAutoRanging(false);
        perHour.setAnimated(false);
        perHour.setLegendVisible(false);
        perHour.setCategoryGap(2);
        perHour.getYAxis().setLabel("parts");
        ((NumberAxis) perHour.getYAxis()).setMinorTickVisible(false);
        ((NumberAxis) perHour.getYAxis()).setTickLabelFormatter(WholeNumbers.CONVERTER);
        stationTable.view().setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(StationRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(BOTTLENECK, !empty && row != null && row.station().equals(bottleneck));
            }
        });
        bottleneckLine.setId("bottleneck-line");
        bottleneckLine.getStyleClass().add("section-note");
        gridLine.getStyleClass().add("section-note");
        wipGrid.pointedProperty().addListener((obs, old, now) -> gridLine.setText(now.isEmpty() ? gridHint() : now));
        Node hours = Sections.section("Completed per hour", perHour, 260);
        Node shiftSection = Sections.section("Per shift", shifts.view(), 0);
        Node stationSection = Sections.section("Stations", new VBox(6, bottleneckLine, stationTable.view()), 0);
        Node gridSection = Sections.section("Mean WIP per station and hour", new VBox(6, wipGrid, gridLine), 0);
        Node ordersSection = Sections.section("Purchase orders open at the period's end",
                new VBox(6, ordersLine, openOrders.view()), 0);
        root = Sections.page(KpiTile.row(List.of(started, completed, scrapped, wip, leadTime, oee)),
                List.of(hours, shiftSection, stationSection, gridSection, ordersSection),
                List.of(stationSection, gridSection, ordersSection));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(ReportFigures figures, RowFilter filter) {
        ProductionReport report = (ProductionReport) figures.report();
        List<ShiftRow> shiftRows = report.byShift().stream().filter(r -> filter.shiftShown(r.shift())).toList();
        boolean soFar = report.header().soFar();
        String over = filter.shift() != null ? "shift " + filter.shift() : soFar ? "so far" : "whole period";
        KpiTile.show(started, Numbers.count(filter.shift() == null ? report.totals().started()
                : shiftRows.stream().mapToLong(ShiftRow::started).sum()), "parts \u00b7 " + over);
        KpiTile.show(completed, Numbers.count(filter.shift() == null ? report.totals().completed()
                : shiftRows.stream().mapToLong(ShiftRow::completed).sum()), "parts \u00b7 " + over);
        KpiTile.show(scrapped, Numbers.count(filter.shift() == null ? report.totals().scrapped()
                : shiftRows.stream().mapToLong(ShiftRow::scrapped).sum()), "parts \u00b7 " + over);
        KpiTile.show(wip, Numbers.count(report.totals().wipEnd()), soFar ? "parts now \u00b7 so far" : "parts");
        KpiTile.show(leadTime, Numbers.decimal(report.totals().avgLeadTimeMin(), 1), "minutes, completed parts");
        bottleneck = report.bottleneck();
        StationRow slowest = report.byStation().stream().filter(r -> r.station().equals(bottleneck)).findFirst()
                .orElse(null);
        KpiTile.show(oee, Numbers.percent(slowest == null ? null : slowest.oee()),
                (bottleneck == null ? "no bottleneck" : "bottleneck " + bottleneck) + (soFar ? " \u00b7 so far" : ""));
        bottleneckLine.setText(bottleneck == null ? "No bottleneck in this period"
                : "Bottleneck: " + bottleneck + " (" + name(bottleneck) + "), the highest mean WIP of the process and "
                        + "inspection stations; its row is marked");
        shifts.show(shiftRows);
        stationTable.show(report.byStation().stream().filter(r -> filter.departmentShown(r.department())).toList());
        stationTable.view().refresh();
        showCompletions(report);
        List<String> shownStations = stations.values().stream()
                .filter(s -> filter.departmentShown(s.department())).map(Station::id).toList();
        shownGrid = figures.wipGrid();
        wipGrid.show(shownGrid, shownStations);
        gridLine.setText(gridHint());
        PurchaseOrders orders = report.purchaseOrders();
        ordersLine.setText("In the period: " + Numbers.count(orders.requested()) + " requested, "
                + Numbers.count(orders.confirmed()) + " confirmed, " + Numbers.count(orders.received()) + " received"
                + (orders.meanLeadTimeH() == null ? "" : " (mean lead time " + Numbers.decimal(orders.meanLeadTimeH(), 1)
                + " h)") + ". Open at its end (in, not received, not cancelled): " + Numbers.count(orders.openAtEnd()));
        openOrders.show(orders.open());
    }

    private void showCompletions(ProductionReport report) {
        Map<String, Long> bars = new LinkedHashMap<>();
        boolean oneDay = report.header().from().equals(report.header().to());
        if (report.byHour().size() <= WipGrid.MAX_HOUR_COLUMNS) {
            for (HourRow hour : report.byHour()) {
                bars.merge(oneDay ? hour.hour().substring(11, 13) : hour.hour().substring(5, 13).replace('T', ' '),
                        hour.completed(), Long::sum);
            }
            perHour.getXAxis().setLabel(oneDay ? "local hour" : "local day and hour");
        } else {
            report.byShift().forEach(row -> bars.merge(row.date().toString(), row.completed(), Long::sum));
            perHour.getXAxis().setLabel("production day");
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        bars.forEach((label, count) -> series.getData().add(new XYChart.Data<>(label, count)));
        perHour.getData().clear();
        ((CategoryAxis) perHour.getXAxis()).getCategories().setAll(bars.keySet());
        perHour.getData().setAll(List.of(series));
    }

    private String gridHint() {
        double max = shownGrid == null ? 0 : shownGrid.max();
        return "Brighter = more WIP (brightest " + Numbers.decimal(max, 1) + " parts); "
                + (shownGrid == null || shownGrid.hourly() ? "one column per local hour. "
                        : "one column per production day (over seven days). ")
                + "Point at a cell for its value.";
    }

    private String name(String station) {
        Station known = stations.get(station);
        return known == null ? station : known.name();
    }
}
