package org.floorwatch.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.StoreReader;

/**
 * Checks what a store made of fuzz inputs: every GOOD input stored exactly once as its event; every BAD input
 * quarantined under its source key with a reason; every other input either stored (as the decoder reads it) or
 * quarantined, never lost.
 */
public final class FuzzOutcome {

    private FuzzOutcome() {
    }

    /**
     * @param keys   the source key of each input (its Kafka offset or archive line), null for one never read
     *               (a blank archive line)
     * @param decode how the path under test decodes an input, the oracle for inputs that may go either way
     */
    public static Tally check(List<FuzzMessages.Input> inputs, List<String> keys, StoreReader store,
                             Function<FuzzMessages.Input, DecodedMessage> decode) {
        Map<String, QuarantinedRecord> quarantine = new HashMap<>();
        store.quarantined(Integer.MAX_VALUE).forEach(q -> quarantine.put(q.sourceKey(), q));
        Map<String, List<FloorEvent>> storedById = new HashMap<>();
        store.allEvents().forEach(e -> storedById.computeIfAbsent(e.getClass().getSimpleName() + ":" + e.id(),
                k -> new ArrayList<>()).add(e));
        List<String> wrong = new ArrayList<>();
        long read = 0;
        long quarantinedInputs = 0;
        for (int i = 0; i < inputs.size(); i++) {
            FuzzMessages.Input input = inputs.get(i);
            String key = keys.get(i);
            if (key == null) {
                continue;
            }
            read++;
            QuarantinedRecord quarantined = quarantine.get(key);
            String what = "input " + i + " (" + input.label() + ", " + input.expect() + ")";
            if (quarantined != null) {
                quarantinedInputs++;
                if (quarantined.reason().isBlank()) {
                    wrong.add(what + " quarantined without a reason");
                }
                if (input.expect() == FuzzMessages.Expect.GOOD) {
                    wrong.add(what + " quarantined: " + quarantined.reason());
                }
                continue;
            }
            if (input.expect() == FuzzMessages.Expect.BAD) {
                wrong.add(what + " neither quarantined nor refused: " + clip(input.text()));
                continue;
            }
            DecodedMessage decoded = decode.apply(input);
            FloorEvent expected = input.expect() == FuzzMessages.Expect.GOOD ? input.event() : decoded.event();
            List<FloorEvent> stored = expected == null ? List.of()
                    : storedById.getOrDefault(expected.getClass().getSimpleName() + ":" + expected.id(), List.of());
            if (expected == null || stored.isEmpty()) {
                wrong.add(what + " neither stored nor quarantined: " + clip(input.text()));
            } else if (input.expect() == FuzzMessages.Expect.GOOD && !stored.equals(List.of(expected))) {
                wrong.add(what + " stored as " + stored + " instead of once as " + expected);
            }
        }
        assertThat(wrong).as("fuzz inputs the store got wrong").isEmpty();
        return new Tally(read, quarantinedInputs, quarantine.size());
    }

    /**
     * How the inputs ended.
     *
     * @param read              inputs read (not skipped)
     * @param quarantinedInputs inputs found in the quarantine under their own key
     * @param quarantineSize    records in the quarantine altogether
     */
    public record Tally(long read, long quarantinedInputs, long quarantineSize) { }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
