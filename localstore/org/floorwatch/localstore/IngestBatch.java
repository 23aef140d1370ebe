package org.floorwatch.localstore;

import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * What one read of a source yields, written in one store transaction: the accepted events in the order
 * received, the quarantined records, and the source positions (Kafka offsets) after them.
 */
public record IngestBatch(List<FloorEvent> events, List<QuarantinedRecord> quarantined, List<KafkaOffset> offsets) {

    public IngestBatch {
        events = List.copyOf(events);
        quarantined = List.copyOf(quarantined);
        offsets = List.copyOf(offsets);
    }

    public static IngestBatch of(List<FloorEvent> events) {
        return new IngestBatch(events, List.of(), List.of());
    }

    public boolean isEmpty() {
        return events.isEmpty() && quarantined.isEmpty() && offsets.isEmpty();
    }
}
