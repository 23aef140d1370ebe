package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.localstore.report.ReportStore.at;

import java.nio.file.Path;
import java.util.List;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.PurchaseOrderRow;
import org.floorwatch.localstore.report.ProductionReport.PurchaseOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production report's purchase orders (contract section 9) on hand-made orders, for production day 2026-11-03
 * (06:00Z to 06:00Z the next day: Europe/London is UTC in November).
 */
class PurchaseOrderFiguresTest {

    @TempDir
    Path dataDir;

    @Test
    void countsMeanLeadTimeAndTheInOrdersOpenAtThePeriodsEnd() {
        try (ReportStore store = new ReportStore(dataDir)) {
            store.write(new IngestBatch(List.of(), List.of(), List.of(), List.of(
                    order("PO-1", "in", "received", "2026-11-02T10:00Z", "2026-11-03T07:00Z", "2026-11-03T16:00Z"),
                    order("PO-2", "in", "requested", "2026-11-03T08:00Z", null, null),
                    order("PO-3", "in", "received", "2026-11-03T09:00Z", "2026-11-03T10:00Z", "2026-11-04T07:00Z"),
                    order("PO-4", "in", "cancelled", "2026-11-01T06:00Z", null, null),
                    order("PO-5", "out", "received", "2026-11-03T12:00Z", null, "2026-11-03T18:00Z"),
                    order("PO-6", "in", "requested", "2026-11-04T06:00Z", null, null),
                    order("PO-7", "in", "received", "2026-11-02T06:00Z", null, "2026-11-03T06:00Z")), List.of()));

            ProductionReport report = store.report(ReportKind.PRODUCTION, "2026-11-03", "2026-11-03");
            PurchaseOrders orders = report.purchaseOrders();

            // requested in the day: PO-2, PO-3, PO-5 (PO-6 is requested at the day's end, which is outside it)
            assertThat(orders.requested()).isEqualTo(3);
            // confirmed in the day: PO-1 at 07:00, PO-3 at 10:00
            assertThat(orders.confirmed()).isEqualTo(2);
            // received in the day: PO-1 (30 h after it was requested), PO-5 (6 h), PO-7 (24 h, at the day's start)
            assertThat(orders.received()).isEqualTo(3);
            assertThat(orders.meanLeadTimeH()).isEqualTo((30.0 + 6 + 24) / 3);
            // in, not cancelled, requested before the end, not received by then: PO-2, and PO-3 (received the next day)
            assertThat(orders.openAtEnd()).isEqualTo(2);
            assertThat(orders.open()).extracting(ProductionReport.OpenOrder::orderId).containsExactly("PO-2", "PO-3");
            assertThat(ReportJson.toJson(report)).contains("\"purchase_orders\" : {", "\"open_at_end\" : 2",
                    "\"mean_lead_time_h\" : 20.0");

            PurchaseOrders none = store.<ProductionReport>report(ReportKind.PRODUCTION, "2026-11-10", "2026-11-10")
                    .purchaseOrders();
            assertThat(none.requested()).isZero();
            assertThat(none.meanLeadTimeH()).isNull();
            assertThat(none.openAtEnd()).isEqualTo(2); // PO-2 and PO-6 still open; PO-3 was received on the 4th
        }
    }

    private static OrderChange order(String id, String direction, String status, String requested, String confirmed,
                                     String received) {
        return OrderChange.of("purchasing", new PurchaseOrderRow(id, direction, "wafers", 10.0, status, at(requested),
                confirmed == null ? null : at(confirmed), received == null ? null : at(received), "Acme"));
    }
}
