package org.floorwatch.localstore.orders;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of order a factory database holds (contract section 9), with their key columns. */
public enum OrderKind {
    WORK_ORDERS("work-orders", "work order", "work_order"),
    PURCHASE_ORDERS("purchase-orders", "purchase order", "order_id");

    private final String code;
    private final String label;
    private final String keyColumn;

    OrderKind(String code, String label, String keyColumn) {
        this.code = code;
        this.label = label;
        this.keyColumn = keyColumn;
    }

    /** As written in config keys, {@code --kind} and {@code database_sources.kind}: {@code work-orders}. */
    public String code() {
        return code;
    }

    /** As named in messages: "work order". */
    public String label() {
        return label;
    }

    /** The column that keys a row: the row read last wins per key. */
    public String keyColumn() {
        return keyColumn;
    }

    public static Optional<OrderKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
