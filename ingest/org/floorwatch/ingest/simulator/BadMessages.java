package org.floorwatch.ingest.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * Makes messages that a consumer must quarantine: a copy of a real event under a fresh id, broken in
 * exactly one way, so that nothing but the chosen reason is wrong with it.
 */
final class BadMessages {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TEXT_FIELDS = Set.of("id", "ts", "part", "type", "from", "to", "error",
            "sensor", "machine");

    private final Set<String> knownIds;
    private final MessageEncoder encoder;

    BadMessages(FloorPlan plan, MessageEncoder encoder) {
        this.knownIds = new HashSet<>(plan.stationsById().keySet());
        knownIds.addAll(plan.sensorsById().keySet());
        knownIds.addAll(plan.machinesById().keySet());
        this.encoder = encoder;
    }

    /** A broken copy of {@code template} under the fresh id {@code id}; the template is of the kind the case needs. */
    Outgoing make(QuarantineCase reason, FloorEvent template, String id, Instant sendAt, SplittableRandom random) {
        ObjectNode json = MessageEncoder.json(template);
        json.put("id", id);
        String key = MessageEncoder.key(template);
        switch (reason) {
            case NOT_JSON -> {
                SimulatedMessage garbled = encoder.raw(template, key, notJson(json.toString(), random));
                return Outgoing.quarantined(garbled, sendAt, reason);
            }
            case MISSING_FIELD -> json.remove(pick(fields(json, false), random));
            case WRONG_TYPE -> {
                String field = pick(fields(json, true), random);
                json.set(field, wrongType(TEXT_FIELDS.contains(field), random));
            }
            case UNKNOWN_STATION -> json.put(json.get("from").isNull() || random.nextBoolean() ? "to" : "from",
                    unknownId("STATION"));
            case FROM_EQUALS_TO -> json.put("from", json.get("to").asText());
            case UNKNOWN_SENSOR -> {
                key = unknownId("SENSOR");
                json.put("sensor", key);
            }
            case UNKNOWN_MACHINE -> {
                key = unknownId("MACHINE");
                json.put("machine", key);
            }
            case NEGATIVE_KWH -> json.put("kwh", -Math.round((json.get("kwh").asDouble() + 0.5) * 1000) / 1000.0);
        }
        return Outgoing.quarantined(encoder.message(template, key, json), sendAt, reason);
    }

    private static String notJson(String valid, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> valid.substring(0, valid.length() / 2);
            case 1 -> valid.replace('"', '\'');
            default -> "garbled: " + valid.replace("{", "").replace("}", "");
        };
    }

    /** The fields a message must carry ({@code error} may be absent), or may carry ({@code error} too). */
    private static List<String> fields(ObjectNode json, boolean withError) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (withError || !name.equals("error")) {
                names.add(name);
            }
        });
        return names;
    }

    private static ValueNode wrongType(boolean textExpected, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> NODES.booleanNode(true);
            case 1 -> textExpected ? NODES.numberNode(42) : NODES.textNode("n/a");
            default -> textExpected ? NODES.numberNode(7.5) : NODES.textNode("12.5");
        };
    }

    private String unknownId(String what) {
        String id = "NO-SUCH-" + what;
        for (int n = 2; knownIds.contains(id); n++) {
            id = "NO-SUCH-" + what + "-" + n;
        }
        return id;
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
