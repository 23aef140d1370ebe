package org.floorwatch.localstore.orders;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.files.FileRowWriter;
import org.floorwatch.localstore.files.FileTable;
import org.floorwatch.localstore.files.RowCounts;
import org.floorwatch.localstore.files.WorkOrderRow;

/**
 * Stores database changes inside the writer's transaction, beside the events and Kafka offsets of the same batch:
 * for each key the change read last wins (a row replaces the stored one, from any source; a removal deletes it),
 * and each source's mark (watermark, totals) is written with them. Every change counts once: as taken when it
 * changed the store, as a duplicate when it did not (a row identical to the stored one, a removal of a key not
 * stored, a change overtaken by a later one for the same key in the same batch, a skipped tombstone).
 */
public final class OrderWriter {

    private static final String UPSERT_MARK = """
            INSERT INTO database_sources(source, kind, watermark, last_key, last_poll, rows_taken, duplicates, status)
            VALUES (?, ?, ?, ?, make_timestamp(?::BIGINT), ?, ?, 'ok')
            ON CONFLICT (source, kind) DO UPDATE SET
                watermark = coalesce(excluded.watermark, database_sources.watermark),
                last_key = CASE WHEN excluded.watermark IS NULL THEN database_sources.last_key ELSE excluded.last_key END,
                last_poll = excluded.last_poll, rows_taken = database_sources.rows_taken + excluded.rows_taken,
                duplicates = database_sources.duplicates + excluded.duplicates, status = 'ok'""";

    private OrderWriter() {
    }

    /** Applies {@code changes} in order and writes {@code marks}; returns what the changes did, all sources together. */
    public static RowCounts apply(DuckDBConnection connection, List<OrderChange> changes, List<SourceMark> marks)
            throws SQLException {
        Map<String, long[]> counted = new HashMap<>();
        Map<String, OrderChange> last = new LinkedHashMap<>();
        for (OrderChange change : changes) {
            if (change.isSkipped()) {
                add(counted, placeOf(change), 0, 1);
                continue;
            }
            OrderChange overtaken = last.put(change.kind().code() + "\u0000" + change.key(), change);
            if (overtaken != null) {
                add(counted, placeOf(overtaken), 0, 1);
            }
        }
        Map<String, List<OrderChange>> rowsByPlace = new LinkedHashMap<>();
        for (OrderChange change : last.values()) {
            if (change.isRemoval()) {
                boolean removed = remove(connection, change);
                add(counted, placeOf(change), removed ? 1 : 0, removed ? 0 : 1);
            } else {
                rowsByPlace.computeIfAbsent(placeOf(change), p -> new ArrayList<>()).add(change);
            }
        }
        for (Map.Entry<String, List<OrderChange>> rows : rowsByPlace.entrySet()) {
            RowCounts stored = store(connection, rows.getValue());
            add(counted, rows.getKey(), stored.taken(), stored.duplicates());
        }
        for (SourceMark mark : marks) {
            long[] counts = counted.getOrDefault(mark.place(), new long[2]);
            writeMark(connection, mark, counts[0], counts[1]);
        }
        return new RowCounts(counted.values().stream().mapToLong(c -> c[0]).sum(),
                counted.values().stream().mapToLong(c -> c[1]).sum());
    }

    private static String placeOf(OrderChange change) {
        return change.source() + "\u0000" + change.kind().code();
    }

    private static void add(Map<String, long[]> counted, String place, long taken, long duplicates) {
        long[] counts = counted.computeIfAbsent(place, p -> new long[2]);
        counts[0] += taken;
        counts[1] += duplicates;
    }

    /** Rows of one kind from one source, one per key. */
    private static RowCounts store(DuckDBConnection connection, List<OrderChange> changes) throws SQLException {
        OrderChange first = changes.get(0);
        return switch (first.kind()) {
            case WORK_ORDERS -> FileRowWriter.upsert(connection, FileTable.WORK_ORDERS,
                    changes.stream().map(c -> (WorkOrderRow) c.row()).toList(), first.source());
            case PURCHASE_ORDERS -> FileRowWriter.upsert(connection, FileTable.PURCHASE_ORDERS,
                    changes.stream().map(c -> (PurchaseOrderRow) c.row()).toList(), first.source());
        };
    }

    private static boolean remove(DuckDBConnection connection, OrderChange change) throws SQLException {
        String table = change.kind() == OrderKind.WORK_ORDERS ? FileTable.WORK_ORDERS.table()
                : FileTable.PURCHASE_ORDERS.table();
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + change.kind().keyColumn() + " = ?")) {
            delete.setString(1, change.key());
            return delete.executeUpdate() > 0;
        }
    }

    private static void writeMark(DuckDBConnection connection, SourceMark mark, long taken, long duplicates)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_MARK)) {
            upsert.setString(1, mark.source());
            upsert.setString(2, mark.kind().code());
            upsert.setString(3, mark.watermark());
            upsert.setString(4, mark.lastKey());
            upsert.setLong(5, UtcMicros.of(mark.readAt()));
            upsert.setLong(6, taken);
            upsert.setLong(7, duplicates);
            upsert.executeUpdate();
        }
    }
}
