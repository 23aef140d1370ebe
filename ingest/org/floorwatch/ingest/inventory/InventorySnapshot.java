package org.floorwatch.ingest.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.floorwatch.localstore.files.FileRowWriter;
import org.floorwatch.localstore.files.FileTable;
import org.floorwatch.localstore.files.InventoryItem;
import org.floorwatch.localstore.files.RowCounts;

/**
 * A tool inventory snapshot (contract section 4): the JSON array {@code GET <base>/tools} returns, or a
 * {@code .json} file holding the same. Each item needs a {@code tool_id} and a {@code status} of
 * {@code in_storage}, {@code checked_out} or {@code retired}; {@code station}, {@code holder}, {@code hours_used}
 * (a number not below zero) and {@code updated} may be null or missing. The snapshot read last replaces the whole
 * inventory.
 */
public final class InventorySnapshot {

    private static final Set<String> STATUSES = Set.of("in_storage", "checked_out", "retired");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private InventorySnapshot() {
    }

    /** Reads and checks a snapshot; throws {@link InvalidSnapshotException} naming the item at fault. */
    public static List<InventoryItem> parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new InvalidSnapshotException(null, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidSnapshotException(null, "a tool inventory is a JSON array of tools");
        }
        List<InventoryItem> items = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            items.add(item(root.get(i), i + 1));
        }
        return items;
    }

    /** Replaces the stored inventory with {@code items}; runs in the writer's transaction. */
    public static RowCounts store(DuckDBConnection connection, List<InventoryItem> items, String source)
            throws SQLException {
        return FileRowWriter.replaceAll(connection, FileTable.TOOL_INVENTORY, items, source);
    }

    private static InventoryItem item(JsonNode node, int number) {
        if (!node.isObject()) {
            throw new InvalidSnapshotException(number, "not a JSON object");
        }
        String toolId = text(node, "tool_id", number);
        if (toolId == null || toolId.isBlank()) {
            throw new InvalidSnapshotException(number, "tool_id is missing");
        }
        String status = text(node, "status", number);
        if (status == null || !STATUSES.contains(status)) {
            throw new InvalidSnapshotException(number, "status '" + status + "' is not one of in_storage, checked_out, retired");
        }
        JsonNode hours = node.get("hours_used");
        Double hoursUsed = null;
        if (hours != null && !hours.isNull()) {
            if (!hours.isNumber() || hours.asDouble() < 0) {
                throw new InvalidSnapshotException(number, "hours_used " + hours + " is not a number of hours");
            }
            hoursUsed = hours.asDouble();
        }
        return new InventoryItem(toolId, status, text(node, "station", number), text(node, "holder", number),
                hoursUsed, text(node, "updated", number));
    }

    private static String text(JsonNode node, String field, int number) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidSnapshotException(number, field + " is not a text value");
        }
        return value.asText();
    }
}
