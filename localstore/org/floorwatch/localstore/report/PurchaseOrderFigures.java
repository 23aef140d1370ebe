package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.util.List;
import org.floorwatch.localstore.report.ProductionReport.OpenOrder;
import org.floorwatch.localstore.report.ProductionReport.PurchaseOrders;

/**
 * The production report's purchase orders (contract section 9). An order's status is the one read last, so an
 * order cancelled after the period still counts as cancelled.
 */
final class PurchaseOrderFigures {

    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE requested >= make_timestamp(?::BIGINT) AND requested < make_timestamp(?::BIGINT)),
                   count(*) FILTER (WHERE confirmed >= make_timestamp(?::BIGINT) AND confirmed < make_timestamp(?::BIGINT)),
                   count(*) FILTER (WHERE received >= make_timestamp(?::BIGINT) AND received < make_timestamp(?::BIGINT)),
                   avg(epoch_us(received) - epoch_us(requested)) FILTER (WHERE received >= make_timestamp(?::BIGINT)
                       AND received < make_timestamp(?::BIGINT))
            FROM purchase_orders""";

    private static final String OPEN = """
            SELECT order_id, item, quantity, status, epoch_us(requested), epoch_us(confirmed), counterparty
            FROM purchase_orders
            WHERE direction = 'in' AND status <> 'cancelled' AND requested < make_timestamp(?::BIGINT)
              AND (received IS NULL OR received >= make_timestamp(?::BIGINT))
            ORDER BY requested, order_id""";

    private PurchaseOrderFigures() {
    }

    static PurchaseOrders of(Connection connection, ReportPeriod period) {
        record Counts(long requested, long confirmed, long received, Double meanMicros) { }
        Counts counts = Query.of(COUNTS, period.start(), period.end(), period.start(), period.end(), period.start(),
                period.end(), period.start(), period.end()).one(connection, rs -> new Counts(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), Query.nullableDouble(rs, 4)));
        List<OpenOrder> open = Query.of(OPEN, period.end(), period.end()).list(connection, rs -> new OpenOrder(
                rs.getString(1), rs.getString(2), Query.nullableDouble(rs, 3), rs.getString(4), Query.instant(rs, 5),
                Query.instant(rs, 6), rs.getString(7)));
        return new PurchaseOrders(counts.requested(), counts.confirmed(), counts.received(),
                counts.meanMicros() == null ? null : counts.meanMicros() / Micros.PER_HOUR, open.size(), open);
    }
}
