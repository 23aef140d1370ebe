package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.Tables.charted;
import static org.floorwatch.localstore.report.Tables.count;
import static org.floorwatch.localstore.report.Tables.date;
import static org.floorwatch.localstore.report.Tables.dateTime;
import static org.floorwatch.localstore.report.Tables.decimal;
import static org.floorwatch.localstore.report.Tables.local;
import static org.floorwatch.localstore.report.Tables.percent;
import static org.floorwatch.localstore.report.Tables.row;
import static org.floorwatch.localstore.report.Tables.table;
import static org.floorwatch.localstore.report.Tables.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.floorwatch.localstore.report.ProductionReport.Totals;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Table;

/**
 * The production report as tables: totals, by shift, completions per hour (charted), by station, purchase orders and
 * the orders open at the period's end, and the shift log's notes of the period when there are any.
 */
final class ProductionTables {

    private ProductionTables() {
    }

    static ReportDocument document(ProductionReport report, Instant generatedAt) {
        ReportHeader header = report.header();
        Totals totals = report.totals();
        Table summary = table("Totals",
                List.of(count("Started", "parts"), count("Completed", "parts"), count("Scrapped", "parts"),
                        count("WIP at end", "parts"), decimal("Avg lead time", "min"), text("Bottleneck")),
                List.of(row(totals.started(), totals.completed(), totals.scrapped(), totals.wipEnd(),
                        totals.avgLeadTimeMin(), report.bottleneck())));
        Table byShift = charted("By shift",
                List.of(date("Production day"), text("Shift"), dateTime("Start"), dateTime("End"),
                        decimal("Length", "h"), count("Started", "parts"), count("Completed", "parts"), count("Scrapped", "parts")),
                report.byShift().stream().map(s -> row(s.date(), s.shift(), local(s.start(), header),
                        local(s.end(), header), Micros.seconds(Duration.between(s.start(), s.end())) / 3600,
                        s.started(), s.completed(), s.scrapped())).toList(),
                ChartKind.BAR, "Completions per shift", 2, 6);
        Table byHour = charted("Completions per hour",
                List.of(dateTime("Hour"), count("Completed", "parts")),
                report.byHour().stream().map(h -> row(LocalDateTime.parse(h.hour()), h.completed())).toList(),
                ChartKind.LINE, "Completions per hour", 0, 1);
        Table byStation = charted("By station",
                List.of(text("Station"), text("Department"), text("Kind"), count("Processed", "parts"),
                        count("Errors", "parts"), decimal("Avg WIP", "parts"), decimal("Avg cycle", "s"),
                        percent("OEE"), percent("Availability"), percent("Performance"), percent("Quality"), decimal("Downtime", "h")),
                report.byStation().stream().map(s -> row(s.station(), s.department(), s.kind(), s.processed(),
                        s.errors(), s.avgWip(), s.avgCycleS(), s.oee(), s.availability(), s.performance(), s.quality(),
                        s.downtimeH())).toList(),
                ChartKind.BAR, "Mean WIP by station", 0, 5);
        ProductionReport.PurchaseOrders orders = report.purchaseOrders();
        Table purchases = table("Purchase orders",
                List.of(count("Requested", "orders"), count("Confirmed", "orders"), count("Received", "orders"),
                        decimal("Mean lead time", "h"), count("Open at end", "orders")),
                List.of(row(orders.requested(), orders.confirmed(), orders.received(), orders.meanLeadTimeH(),
                        orders.openAtEnd())));
        Table open = table("Open purchase orders",
                List.of(text("Order"), text("Item"), decimal("Quantity", ""), text("Status"), dateTime("Requested"),
                        dateTime("Confirmed"), text("Counterparty")),
                orders.open().stream().map(o -> row(o.orderId(), o.item(), o.quantity(), o.status(),
                        local(o.requested(), header), local(o.confirmed(), header), o.counterparty())).toList());
        Table shiftLog = table("Shift log",
                List.of(date("Production day"), text("Shift"), dateTime("Written"), text("By"), text("Note"),
                        text("Correction of")),
                report.shiftLog().stream().map(n -> row(n.date(), n.shift(), local(n.writtenAt(), header), n.writtenBy(),
                        n.note(), n.corrects())).toList());
        return report.shiftLog().isEmpty()
                ? Tables.document("Production report", header, generatedAt, summary, byShift, byHour, byStation,
                        purchases, open)
                : Tables.document("Production report", header, generatedAt, summary, byShift, byHour, byStation,
                        purchases, open, shiftLog);
    }
}
