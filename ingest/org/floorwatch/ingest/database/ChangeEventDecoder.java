package org.floorwatch.ingest.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.OrderKind;

/**
 * Turns one Debezium change event (JSON, with or without its {@code {"schema", "payload"}} wrapper) into a change of
 * a work or purchase order (contract section 9): {@code op} {@code c}, {@code r} and {@code u} store {@code after};
 * {@code d} removes the key (from {@code before}, else from the message key); a tombstone (no value) is skipped
 * and counted as a duplicate; anything else is quarantined. The JSON is read by Kafka Connect's own
 * {@link JsonConverter}, the converter Debezium writes it with, so logical types given in the schema (decimals,
 * timestamps) come back as values; Debezium's own types are read by {@link DebeziumValues}. Thread-safe.
 */
public final class ChangeEventDecoder {

    /** One event: the change it makes, or why it is quarantined. Exactly one is set. */
    public record Decoded(OrderChange change, String rejection) { }

    private final ObjectMapper json = new ObjectMapper();
    private final JsonConverter withSchema = converter(true);
    private final JsonConverter schemaless = converter(false);
    private final OrderRules rules;

    public ChangeEventDecoder(FloorPlan plan) {
        this.rules = new OrderRules(plan);
    }

    /** The name of a Debezium topic as a database source, in the store and on the Sources screen: {@code kafka:TOPIC}. */
    public static String sourceOf(String topic) {
        return "kafka:" + topic;
    }

    public Decoded decode(OrderKind kind, String topic, byte[] key, byte[] value) {
        String source = sourceOf(topic);
        try {
            if (value == null) {
                return new Decoded(OrderChange.skipped(kind, source, keyOf(kind, topic, key)), null);
            }
            Map<String, Object> envelope = DebeziumValues.fields(read(topic, value), "the event");
            Object op = envelope.get("op");
            if (op == null) {
                throw new RejectedRow("not a Debezium change event (no 'op')");
            }
            return new Decoded(switch (op.toString()) {
                case "c", "r", "u" -> rules.change(kind, source, row(envelope.get("after"), "after"));
                case "d" -> OrderChange.removal(kind, source, removedKey(kind, topic, envelope.get("before"), key));
                default -> throw new RejectedRow("op '" + RowValues.clip(op.toString()) + "' is not read (only c, r, u "
                        + "and d)");
            }, null);
        } catch (RejectedRow e) {
            return new Decoded(null, e.getMessage());
        }
    }

    private String removedKey(OrderKind kind, String topic, Object before, byte[] key) throws RejectedRow {
        if (before != null) {
            String fromBefore = row(before, "before").text(kind.keyColumn());
            if (fromBefore != null) {
                return fromBefore;
            }
        }
        String fromKey = keyOf(kind, topic, key);
        if (fromKey.isEmpty()) {
            throw new RejectedRow("a delete without '" + kind.keyColumn() + "' in 'before' or in the message key");
        }
        return fromKey;
    }

    /** The key column's value from the message key, or "" when there is none. */
    private String keyOf(OrderKind kind, String topic, byte[] key) throws RejectedRow {
        if (key == null) {
            return "";
        }
        String text = row(read(topic, key), "the message key").text(kind.keyColumn());
        return text == null ? "" : text;
    }

    private RowValues row(Object struct, String what) throws RejectedRow {
        if (struct == null) {
            throw new RejectedRow("'" + what + "' is null");
        }
        return new RowValues(DebeziumValues.row(struct, what), rules.plan().timezone());
    }

    private Object read(String topic, byte[] bytes) throws RejectedRow {
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (IOException e) {
            throw new RejectedRow("not JSON");
        }
        boolean wrapped = tree != null && tree.isObject() && tree.size() == 2 && tree.has("schema") && tree.has("payload");
        try {
            SchemaAndValue read = (wrapped ? withSchema : schemaless).toConnectData(topic, bytes);
            return read.value();
        } catch (DataException e) {
            throw new RejectedRow("not a Debezium change event: " + RowValues.clip(e.getMessage()));
        }
    }

    private static JsonConverter converter(boolean schemas) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", String.valueOf(schemas)), false);
        return converter;
    }
}
