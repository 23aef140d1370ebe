package org.floorwatch.localstore;

import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.SourceMark;

/**
 * What one read of a source yields, written in one store transaction: the accepted events in the order
 * received, the quarantined records, the source positions (Kafka offsets) after them, and changes read from the
 * factory's databases (work and purchase orders) with the marks (watermarks) of the sources they came from.
 */
public record IngestBatch(List<FloorEvent> events, List<QuarantinedRecord> quarantined, List<KafkaOffset> offsets,
                          List<OrderChange> orders, List<SourceMark> marks) {

    public IngestBatch {
        events = List.copyOf(events);
        quarantined = List.copyOf(quarantined);
        offsets = List.copyOf(offsets);
        orders = List.copyOf(orders);
        marks = List.copyOf(marks);
    }

    public IngestBatch(List<FloorEvent> events, List<QuarantinedRecord> quarantined, List<KafkaOffset> offsets) {
        this(events, quarantined, offsets, List.of(), List.of());
    }

    public static IngestBatch of(List<FloorEvent> events) {
        return new IngestBatch(events, List.of(), List.of());
    }

    public boolean isEmpty() {
        return events.isEmpty() && quarantined.isEmpty() && offsets.isEmpty() && orders.isEmpty() && marks.isEmpty();
    }
}
