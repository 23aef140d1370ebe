package org.floorwatch.ingest.database;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.files.WorkOrderRow;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.OrderKind;
import org.floorwatch.localstore.orders.PurchaseOrderRow;

/**
 * The rules of contract section 9 for one row of a database source, the same whether it was polled or came as a
 * Debezium change. A work order is checked as a maintenance-log row is: {@code work_order}, {@code machine} (in
 * the floor plan) and {@code reported} required, {@code resolved} not before {@code reported}. A purchase order
 * needs {@code order_id}, {@code direction} {@code in} or {@code out}, a known {@code status} (both in any letter
 * case, stored in lower case), and {@code requested}; {@code quantity} may not be negative, and {@code confirmed}
 * and {@code received} may not be before {@code requested}.
 */
final class OrderRules {

    /** The columns a query of each kind must give (and {@code updated_at} when polled). */
    static final Map<OrderKind, List<String>> COLUMNS = Map.of(
            OrderKind.WORK_ORDERS, List.of("work_order", "machine", "fault", "severity", "reported", "started",
                    "resolved", "technician"),
            OrderKind.PURCHASE_ORDERS, List.of("order_id", "direction", "item", "quantity", "status",
                    "requested", "confirmed", "received", "counterparty"));

    private static final Set<String> DIRECTIONS = Set.of("in", "out");
    private static final Set<String> STATUSES = Set.of("requested", "confirmed", "received", "cancelled");

    private final FloorPlan plan;

    OrderRules(FloorPlan plan) {
        this.plan = plan;
    }

    FloorPlan plan() {
        return plan;
    }

    /** The row as a change from {@code source}, or the reason it is quarantined. */
    OrderChange change(OrderKind kind, String source, RowValues row) throws RejectedRow {
        return switch (kind) {
            case WORK_ORDERS -> OrderChange.of(source, workOrder(row));
            case PURCHASE_ORDERS -> OrderChange.of(source, purchaseOrder(row));
        };
    }

    private WorkOrderRow workOrder(RowValues row) throws RejectedRow {
        String workOrder = row.required("work_order");
        String machine = row.required("machine");
        if (plan.machine(machine).isEmpty()) {
            throw new RejectedRow("machine '" + RowValues.clip(machine) + "' is not in the floor plan");
        }
        Instant reported = row.requiredInstant("reported");
        Instant resolved = row.instant("resolved");
        if (resolved != null && resolved.isBefore(reported)) {
            throw new RejectedRow("resolved is before reported");
        }
        return new WorkOrderRow(workOrder, machine, row.text("fault"), row.text("severity"), reported,
                row.instant("started"), resolved, row.text("technician"), 0);
    }

    private static PurchaseOrderRow purchaseOrder(RowValues row) throws RejectedRow {
        String orderId = row.required("order_id");
        String direction = oneOf(row, "direction", DIRECTIONS);
        String status = oneOf(row, "status", STATUSES);
        Double quantity = row.number("quantity");
        if (quantity != null && quantity < 0) {
            throw new RejectedRow("quantity is negative (" + row.text("quantity") + ")");
        }
        Instant requested = row.requiredInstant("requested");
        Instant confirmed = notBefore(row, "confirmed", requested);
        Instant received = notBefore(row, "received", requested);
        return new PurchaseOrderRow(orderId, direction, row.text("item"), quantity, status, requested, confirmed,
                received, row.text("counterparty"));
    }

    private static String oneOf(RowValues row, String column, Set<String> allowed) throws RejectedRow {
        String value = row.required(column).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new RejectedRow(column + " '" + RowValues.clip(row.text(column)) + "' is not one of "
                    + allowed.stream().sorted().toList());
        }
        return value;
    }

    private static Instant notBefore(RowValues row, String column, Instant requested) throws RejectedRow {
        Instant instant = row.instant(column);
        if (instant != null && instant.isBefore(requested)) {
            throw new RejectedRow(column + " is before requested");
        }
        return instant;
    }
}
