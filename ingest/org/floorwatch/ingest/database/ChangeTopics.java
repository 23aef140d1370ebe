package org.floorwatch.ingest.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.floorwatch.localstore.orders.OrderKind;

/**
 * The Kafka topics that carry Debezium change events of work orders and of purchase orders (one topic per table,
 * so possibly several per kind), read by the same consumer as the floor topics. Empty lists: none.
 */
public record ChangeTopics(List<String> workOrders, List<String> purchaseOrders) {

    public static final ChangeTopics NONE = new ChangeTopics(List.of(), List.of());

    public ChangeTopics {
        workOrders = List.copyOf(workOrders);
        purchaseOrders = List.copyOf(purchaseOrders);
        if (workOrders.stream().anyMatch(purchaseOrders::contains)) {
            throw new IllegalArgumentException("a topic cannot carry both work orders and purchase orders");
        }
    }

    public Optional<OrderKind> kindOf(String topic) {
        return workOrders.contains(topic) ? Optional.of(OrderKind.WORK_ORDERS)
                : purchaseOrders.contains(topic) ? Optional.of(OrderKind.PURCHASE_ORDERS) : Optional.empty();
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(workOrders);
        all.addAll(purchaseOrders);
        return all;
    }

    public boolean isEmpty() {
        return workOrders.isEmpty() && purchaseOrders.isEmpty();
    }
}
