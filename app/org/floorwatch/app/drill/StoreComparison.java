package org.floorwatch.app.drill;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.KafkaOffset;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.StoreReader;

/**
 * Two stores side by side, event for event: every stored event (by kind and id, every field), every quarantined
 * record's key and reason, and the stored Kafka offsets.
 *
 * @param expectedEvents events in the reference store
 * @param actualEvents   events in the store under test
 * @param missing        reference events the store under test lacks (or holds with other fields)
 * @param extra          events of the store under test the reference lacks (or holds with other fields)
 * @param quarantineSame same quarantined keys with the same reasons
 * @param offsetsSame    same stored offsets
 */
public record StoreComparison(long expectedEvents, long actualEvents, long missing, long extra,
                              boolean quarantineSame, boolean offsetsSame) {

    /** Opens both data folders (one after the other) and compares them. */
    public static StoreComparison of(Path expectedData, Path actualData) {
        Contents expected = Contents.read(expectedData);
        Contents actual = Contents.read(actualData);
        Set<FloorEvent> expectedSet = new HashSet<>(expected.events());
        Set<FloorEvent> actualSet = new HashSet<>(actual.events());
        long missing = expected.events().stream().filter(e -> !actualSet.contains(e)).count();
        long extra = actual.events().stream().filter(e -> !expectedSet.contains(e)).count();
        return new StoreComparison(expected.events().size(), actual.events().size(), missing, extra,
                expected.quarantine().equals(actual.quarantine()), expected.offsets().equals(actual.offsets()));
    }

    /** True when the two stores hold the same events, the same quarantine and the same offsets. */
    public boolean equal() {
        return expectedEvents == actualEvents && missing == 0 && extra == 0 && quarantineSame && offsetsSame;
    }

    /** One line, e.g. {@code "equal: 61234 events, quarantine and offsets the same"}. */
    public String line() {
        if (equal()) {
            return "equal: " + expectedEvents + " events, quarantine and offsets the same";
        }
        return "DIFFERENT: " + actualEvents + " events instead of " + expectedEvents + " (" + missing + " missing, "
                + extra + " extra), quarantine " + (quarantineSame ? "the same" : "different") + ", offsets "
                + (offsetsSame ? "the same" : "different");
    }

    private record Contents(List<FloorEvent> events, Map<String, String> quarantine, List<KafkaOffset> offsets) {

        static Contents read(Path data) {
            try (FloorStore store = FloorStore.open(data)) {
                StoreReader reader = store.reader();
                Map<String, String> quarantine = new TreeMap<>();
                for (QuarantinedRecord record : reader.quarantined(Integer.MAX_VALUE)) {
                    quarantine.put(record.sourceKey(), record.reason());
                }
                return new Contents(reader.allEvents(), quarantine, reader.kafkaOffsets());
            }
        }
    }
}
