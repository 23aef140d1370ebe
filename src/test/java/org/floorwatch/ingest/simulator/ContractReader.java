package org.floorwatch.ingest.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;

/**
 * A strict reading of live messages by contract section 3, written apart from the simulator, to check
 * that what the simulator says of each message is what a consumer following the contract will find.
 */
final class ContractReader {

    /** What the contract makes of one message: its verdict, the quarantine reason, the event. */
    record Reading(Outgoing.Verdict verdict, QuarantineCase reason, FloorEvent event) { }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<MessageKind, List<String>> REQUIRED = Map.of(
            MessageKind.MOVE, List.of("id", "ts", "part", "type", "from", "to"),
            MessageKind.HEAT, List.of("id", "ts", "sensor", "celsius"),
            MessageKind.ENERGY, List.of("id", "ts", "machine", "kwh", "kw"));
    private static final Set<String> NUMBERS = Set.of("celsius", "kwh", "kw");
    private static final Set<String> NULLABLE = Set.of("from", "error");

    private final FloorPlan plan;
    private final Topics topics;
    private final Set<String> seen = new HashSet<>();

    ContractReader(FloorPlan plan, Topics topics) {
        this.plan = plan;
        this.topics = topics;
    }

    Reading read(SimulatedMessage message) {
        MessageKind kind = message.topic().equals(topics.moves()) ? MessageKind.MOVE
                : message.topic().equals(topics.heat()) ? MessageKind.HEAT : MessageKind.ENERGY;
        JsonNode json;
        try {
            json = JSON.readTree(message.value());
        } catch (IOException e) {
            return quarantined(QuarantineCase.NOT_JSON);
        }
        if (json == null || !json.isObject()) {
            return quarantined(QuarantineCase.NOT_JSON);
        }
        List<String> required = REQUIRED.get(kind);
        if (!required.stream().allMatch(json::has)) {
            return quarantined(QuarantineCase.MISSING_FIELD);
        }
        for (String field : kind == MessageKind.MOVE ? List.of("id", "ts", "part", "type", "from", "to", "error")
                : required) {
            JsonNode value = json.get(field);
            boolean ok = value == null && field.equals("error")
                    || value != null && (NULLABLE.contains(field) && value.isNull()
                    || (NUMBERS.contains(field) ? value.isNumber() : value.isTextual()));
            if (!ok) {
                return quarantined(QuarantineCase.WRONG_TYPE);
            }
        }
        Instant ts;
        try {
            ts = OffsetDateTime.parse(json.get("ts").asText()).toInstant();
        } catch (DateTimeParseException e) {
            return quarantined(QuarantineCase.WRONG_TYPE);
        }
        String id = json.get("id").asText();
        FloorEvent event;
        switch (kind) {
            case MOVE -> {
                String from = json.get("from").isNull() ? null : json.get("from").asText();
                String to = json.get("to").asText();
                if (from != null && plan.station(from).isEmpty() || plan.station(to).isEmpty()) {
                    return quarantined(QuarantineCase.UNKNOWN_STATION);
                }
                if (to.equals(from)) {
                    return quarantined(QuarantineCase.FROM_EQUALS_TO);
                }
                JsonNode error = json.get("error");
                event = new PartMove(id, ts, json.get("part").asText(), json.get("type").asText(), from, to,
                        error == null || error.isNull() ? null : error.asText());
            }
            case HEAT -> {
                if (plan.sensor(json.get("sensor").asText()).isEmpty()) {
                    return quarantined(QuarantineCase.UNKNOWN_SENSOR);
                }
                event = new HeatReading(id, ts, json.get("sensor").asText(), json.get("celsius").asDouble());
            }
            default -> {
                if (plan.machine(json.get("machine").asText()).isEmpty()) {
                    return quarantined(QuarantineCase.UNKNOWN_MACHINE);
                }
                if (json.get("kwh").asDouble() < 0) {
                    return quarantined(QuarantineCase.NEGATIVE_KWH);
                }
                event = new EnergySample(id, ts, json.get("machine").asText(), json.get("kwh").asDouble(),
                        json.get("kw").asDouble());
            }
        }
        return new Reading(seen.add(id) ? Outgoing.Verdict.NEW : Outgoing.Verdict.DUPLICATE, null, event);
    }

    private static Reading quarantined(QuarantineCase reason) {
        return new Reading(Outgoing.Verdict.QUARANTINED, reason, null);
    }
}
