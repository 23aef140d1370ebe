package org.floorwatch.localstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * Writes one {@link IngestBatch} as one SQL transaction: events, quarantined records and Kafka offsets are
 * stored together or not at all.
 *
 * <p>Rows are appended with the DuckDB Appender into temporary staging tables, then inserted. A batch is first
 * tried with a plain {@code INSERT}, which the primary key refuses if any id is already stored; then it is
 * rolled back and stored again with {@code INSERT ... ON CONFLICT DO NOTHING RETURNING seq}, which names exactly
 * the rows that were new. (Plain inserts are several times faster, and {@code ON CONFLICT} slows down the longer
 * a connection has used it, so it is kept for the batches that need it.) The
 * transaction is an explicit SQL {@code BEGIN}/{@code COMMIT} on a connection in auto-commit mode: that is what
 * makes Appender rows roll back with the rest.
 */
final class BatchCommitter {

    private static final String QUARANTINE_STAGE = "stage_quarantine";

    private static final String UPSERT_OFFSET = "INSERT INTO kafka_offsets VALUES (?, ?, ?) "
            + "ON CONFLICT (topic, partition) DO UPDATE SET next_offset = excluded.next_offset";

    private final DuckDBConnection connection;
    private long nextSeq;

    BatchCommitter(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        for (EventTable<?> table : EventTable.ALL) {
            createStage(table.stagingTable(), table.table());
        }
        createStage(QUARANTINE_STAGE, "quarantine");
        this.nextSeq = lastSeq() + 1;
    }

    CommitResult commit(IngestBatch batch) throws SQLException {
        if (batch.isEmpty()) {
            return CommitResult.EMPTY;
        }
        List<FloorEvent> firsts = firstOfEachId(batch.events());
        List<QuarantinedRecord> quarantine = firstOfEachKey(batch.quarantined());
        Stored stored;
        try {
            stored = inOneTransaction(firsts, quarantine, batch.offsets(), false);
        } catch (SQLException likelyAnIdAlreadyStored) {
            stored = inOneTransaction(firsts, quarantine, batch.offsets(), true);
        }
        nextSeq += firsts.size() + quarantine.size();
        List<FloorEvent> committed = new ArrayList<>(stored.events().cardinality());
        stored.events().stream().forEach(i -> committed.add(firsts.get(i)));
        return new CommitResult(committed, batch.events().size() - committed.size(), stored.quarantined());
    }

    /**
     * Stores the batch in one transaction, or nothing of it. With {@code skipStored} false every event must be
     * new (the fast path: a plain insert, which fails on an id already stored); with it true, events already
     * stored are skipped.
     */
    private Stored inOneTransaction(List<FloorEvent> events, List<QuarantinedRecord> quarantine,
                                    List<KafkaOffset> offsets, boolean skipStored) throws SQLException {
        execute("BEGIN TRANSACTION");
        try {
            BitSet stored = storeEvents(events, nextSeq, skipStored);
            int quarantined = storeQuarantine(quarantine, nextSeq + events.size());
            storeOffsets(offsets);
            execute("COMMIT");
            return new Stored(stored, quarantined);
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    /** Stages the events with seq = base + their index; returns the indexes of those new to the store. */
    private BitSet storeEvents(List<FloorEvent> events, long base, boolean skipStored) throws SQLException {
        Map<EventTable<?>, List<Integer>> byTable = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            byTable.computeIfAbsent(EventTable.of(events.get(i)), t -> new ArrayList<>()).add(i);
        }
        BitSet stored = new BitSet(events.size());
        for (Map.Entry<EventTable<?>, List<Integer>> entry : byTable.entrySet()) {
            EventTable<?> table = entry.getKey();
            execute("TRUNCATE " + table.stagingTable());
            try (DuckDBAppender appender = stagingAppender(table.stagingTable())) {
                for (int i : entry.getValue()) {
                    table.append(appender, events.get(i), base + i);
                }
                appender.flush();
            }
            if (skipStored) {
                try (Statement merge = connection.createStatement();
                     ResultSet inserted = merge.executeQuery(mergeFromStage(table.table(), table.stagingTable()))) {
                    while (inserted.next()) {
                        stored.set(Math.toIntExact(inserted.getLong(1) - base));
                    }
                }
            } else {
                execute("INSERT INTO " + table.table() + " SELECT * FROM " + table.stagingTable());
                entry.getValue().forEach(stored::set);
            }
        }
        return stored;
    }

    private int storeQuarantine(List<QuarantinedRecord> records, long base) throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        execute("TRUNCATE " + QUARANTINE_STAGE);
        try (DuckDBAppender appender = stagingAppender(QUARANTINE_STAGE)) {
            long seq = base;
            for (QuarantinedRecord record : records) {
                appender.beginRow().append(record.sourceKey()).append(record.source()).append(record.location())
                        .append(record.raw()).append(record.reason())
                        .appendEpochMicros(UtcMicros.of(record.receivedAt())).append(seq++).endRow();
            }
            appender.flush();
        }
        int count = 0;
        try (Statement merge = connection.createStatement();
             ResultSet inserted = merge.executeQuery(mergeFromStage("quarantine", QUARANTINE_STAGE))) {
            while (inserted.next()) {
                count++;
            }
        }
        return count;
    }

    private void storeOffsets(List<KafkaOffset> offsets) throws SQLException {
        if (offsets.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_OFFSET)) {
            for (KafkaOffset offset : offsets) {
                upsert.setString(1, offset.topic());
                upsert.setInt(2, offset.partition());
                upsert.setLong(3, offset.nextOffset());
                upsert.executeUpdate();
            }
        }
    }

    private static String mergeFromStage(String table, String stage) {
        return "INSERT INTO " + table + " SELECT * FROM " + stage + " ON CONFLICT DO NOTHING RETURNING seq";
    }

    private DuckDBAppender stagingAppender(String stage) throws SQLException {
        return connection.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, stage);
    }

    private void createStage(String stage, String table) throws SQLException {
        execute("CREATE OR REPLACE TEMP TABLE " + stage + " AS SELECT * FROM " + table + " LIMIT 0");
    }

    private long lastSeq() throws SQLException {
        StringBuilder query = new StringBuilder("SELECT coalesce(max(s), 0) FROM (SELECT max(seq) AS s FROM quarantine");
        for (EventTable<?> table : EventTable.ALL) {
            query.append(" UNION ALL SELECT max(seq) FROM ").append(table.table());
        }
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery(query.append(')').toString())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs one statement on a statement of its own: DuckDB closes a statement that failed. */
    private void execute(String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void rollback(Exception failure) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** What one transaction stored: the indexes of the new events, and how many records it quarantined. */
    private record Stored(BitSet events, int quarantined) {
    }

    private static List<FloorEvent> firstOfEachId(List<FloorEvent> events) {
        Map<EventTable<?>, Set<String>> seen = new LinkedHashMap<>();
        List<FloorEvent> firsts = new ArrayList<>(events.size());
        for (FloorEvent event : events) {
            if (seen.computeIfAbsent(EventTable.of(event), t -> new HashSet<>()).add(event.id())) {
                firsts.add(event);
            }
        }
        return firsts;
    }

    private static List<QuarantinedRecord> firstOfEachKey(List<QuarantinedRecord> records) {
        Set<String> seen = new HashSet<>();
        List<QuarantinedRecord> firsts = new ArrayList<>(records.size());
        for (QuarantinedRecord record : records) {
            if (seen.add(record.sourceKey())) {
                firsts.add(record);
            }
        }
        return firsts;
    }
}
