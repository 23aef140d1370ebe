package org.floorwatch.localstore.orders;

import java.util.Objects;
import org.floorwatch.localstore.files.WorkOrderRow;

/**
 * One change read from a database source: a row to store (it replaces the stored row with its key), a key to
 * remove (a Debezium delete), or a message that changes nothing and is only counted (a Debezium tombstone).
 *
 * @param source the database source it came from (a configured source's name, or a Debezium topic)
 * @param row    a {@link WorkOrderRow} or a {@link PurchaseOrderRow}; null for a removal
 */
public record OrderChange(OrderKind kind, String source, String key, Object row) {

    private static final Object SKIPPED = new Object();

    public OrderChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
    }

    public static OrderChange of(String source, WorkOrderRow row) {
        return new OrderChange(OrderKind.WORK_ORDERS, source, row.workOrder(), row);
    }

    public static OrderChange of(String source, PurchaseOrderRow row) {
        return new OrderChange(OrderKind.PURCHASE_ORDERS, source, row.orderId(), row);
    }

    public static OrderChange removal(OrderKind kind, String source, String key) {
        return new OrderChange(kind, source, key, null);
    }

    /** A message read and counted (as a duplicate) that changes nothing. */
    public static OrderChange skipped(OrderKind kind, String source, String key) {
        return new OrderChange(kind, source, key, SKIPPED);
    }

    public boolean isRemoval() {
        return row == null;
    }

    public boolean isSkipped() {
        return row == SKIPPED;
    }
}
