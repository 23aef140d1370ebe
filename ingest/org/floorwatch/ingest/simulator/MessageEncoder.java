package org.floorwatch.ingest.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;

/**
 * Writes floor events as the JSON messages of contract section 3: {@code ts} as a UTC instant with
 * milliseconds, the part, sensor or machine id as key. A move without error sometimes carries
 * {@code "error": null} and sometimes no {@code error} at all (both are valid; the choice follows the id).
 */
public final class MessageEncoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Topics topics;

    public MessageEncoder(Topics topics) {
        this.topics = topics;
    }

    public SimulatedMessage encode(FloorEvent event) {
        return message(event, key(event), json(event));
    }

    /** A message of the event's topic carrying {@code value} as it stands (possibly broken on purpose). */
    SimulatedMessage message(FloorEvent event, String key, JsonNode value) {
        try {
            return new SimulatedMessage(topics.topicOf(kindOf(event)), key, JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a simulated message: " + e.getOriginalMessage(), e);
        }
    }

    /** The message text for a value that is not JSON at all. */
    SimulatedMessage raw(FloorEvent event, String key, String value) {
        return new SimulatedMessage(topics.topicOf(kindOf(event)), key, value);
    }

    /** The kind of message an event travels as. */
    public static MessageKind kindOf(FloorEvent event) {
        if (event instanceof HeatReading) {
            return MessageKind.HEAT;
        }
        return event instanceof EnergySample ? MessageKind.ENERGY : MessageKind.MOVE;
    }

    static String key(FloorEvent event) {
        if (event instanceof PartMove move) {
            return move.part();
        }
        return event instanceof HeatReading reading ? reading.sensor() : ((EnergySample) event).machine();
    }

    static String timestamp(Instant ts) {
        return TS.format(ts);
    }

    /** The event as a JSON object, fields in contract order. */
    static ObjectNode json(FloorEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", event.id());
        node.put("ts", timestamp(event.ts()));
        if (event instanceof PartMove move) {
            node.put("part", move.part());
            node.put("type", move.type());
            node.put("from", move.from());
            node.put("to", move.to());
            if (move.error() != null || Math.floorMod(move.id().hashCode(), 2) == 0) {
                node.put("error", move.error());
            }
        } else if (event instanceof HeatReading reading) {
            node.put("sensor", reading.sensor());
            node.put("celsius", reading.celsius());
        } else if (event instanceof EnergySample sample) {
            node.put("machine", sample.machine());
            node.put("kwh", sample.kwh());
            node.put("kw", sample.kw());
        }
        return node;
    }
}
