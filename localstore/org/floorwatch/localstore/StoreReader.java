package org.floorwatch.localstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.duckdb.DuckDBConnection;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * Read-only queries on the local store, on a connection of their own; they see what was committed. Safe to
 * call from any thread (calls take turns on the one connection).
 */
public final class StoreReader implements AutoCloseable {

    private final DuckDBConnection connection;

    StoreReader(DuckDBConnection connection) {
        this.connection = connection;
    }

    public synchronized StoreCounts counts() {
        return query("SELECT (SELECT count(*) FROM moves), (SELECT count(*) FROM heat_readings), "
                        + "(SELECT count(*) FROM energy_samples), (SELECT count(*) FROM quarantine)",
                rs -> {
                    rs.next();
                    return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                });
    }

    /** The stored next offset of every Kafka partition read so far, by topic and partition. */
    public synchronized List<KafkaOffset> kafkaOffsets() {
        return query("SELECT topic, partition, next_offset FROM kafka_offsets ORDER BY topic, partition", rs -> {
            List<KafkaOffset> offsets = new ArrayList<>();
            while (rs.next()) {
                offsets.add(new KafkaOffset(rs.getString(1), rs.getInt(2), rs.getLong(3)));
            }
            return offsets;
        });
    }

    /**
     * For every station that appears in a move, moves into it minus moves out of it over all history, by
     * station id. Exit and scrap stations are included; the caller knows their kinds.
     */
    public synchronized Map<String, Long> wipByStation() {
        return query("SELECT station, sum(delta) FROM (SELECT to_station AS station, 1 AS delta FROM moves "
                + "UNION ALL SELECT from_station, -1 FROM moves WHERE from_station IS NOT NULL) GROUP BY station",
                rs -> {
                    Map<String, Long> wip = new TreeMap<>();
                    while (rs.next()) {
                        wip.put(rs.getString(1), rs.getLong(2));
                    }
                    return wip;
                });
    }

    /** Moves with {@code fromIncl <= ts < toExcl}, by ts, then in the order received. */
    public synchronized List<PartMove> movesBetween(Instant fromIncl, Instant toExcl) {
        return movesBetween(connection, fromIncl, toExcl);
    }

    /** Moves with {@code fromIncl <= ts < toExcl}, by ts, then in the order received, on the caller's connection. */
    public static List<PartMove> movesBetween(Connection connection, Instant fromIncl, Instant toExcl) {
        return between(connection, EventTable.MOVES, fromIncl, toExcl);
    }

    private static <E extends FloorEvent> List<E> between(Connection connection, EventTable<E> table, Instant fromIncl,
                                                          Instant toExcl) {
        try (PreparedStatement statement = connection.prepareStatement(EventRange.select(table))) {
            return EventRange.read(statement, table, fromIncl, toExcl);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Each sensor's latest reading (by ts; of two at the same ts, the one received last), by sensor id. */
    public synchronized Map<String, HeatReading> latestHeatBySensor() {
        return query(EventTable.HEAT.selectEvents()
                + " QUALIFY row_number() OVER (PARTITION BY sensor ORDER BY ts DESC, seq DESC) = 1 ORDER BY sensor",
                rs -> {
                    Map<String, HeatReading> latest = new LinkedHashMap<>();
                    while (rs.next()) {
                        HeatReading reading = EventTable.HEAT.read(rs);
                        latest.put(reading.sensor(), reading);
                    }
                    return latest;
                });
    }

    /** The latest {@code ts} of any stored move, heat reading or energy sample; empty if there is none. */
    public synchronized Optional<Instant> latestEventTime() {
        return query("SELECT epoch_us(max(ts)) FROM (SELECT max(ts) AS ts FROM moves UNION ALL "
                + "SELECT max(ts) FROM heat_readings UNION ALL SELECT max(ts) FROM energy_samples)", rs -> {
                    rs.next();
                    long micros = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(UtcMicros.toInstant(micros));
                });
    }

    /** Up to {@code limit} quarantined records, the most recently received first. */
    public synchronized List<QuarantinedRecord> quarantined(int limit) {
        return query("SELECT source_key, source, location, raw, reason, epoch_us(received_at) FROM quarantine "
                + "ORDER BY received_at DESC, seq DESC LIMIT " + Math.max(0, limit), rs -> {
                    List<QuarantinedRecord> records = new ArrayList<>();
                    while (rs.next()) {
                        records.add(new QuarantinedRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), UtcMicros.toInstant(rs.getLong(6))));
                    }
                    return records;
                });
    }

    /** Every stored event: moves, then heat readings, then energy samples, each by id. For comparing stores. */
    public synchronized List<FloorEvent> allEvents() {
        List<FloorEvent> events = new ArrayList<>();
        for (EventTable<?> table : EventTable.ALL) {
            events.addAll(query(table.selectEvents() + " ORDER BY id", rs -> {
                List<FloorEvent> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(table.read(rs));
                }
                return rows;
            }));
        }
        return events;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private <T> T query(String select, RowsReader<T> reader) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static StoreException failed(SQLException e) {
        return new StoreException("could not read the local store: " + e.getMessage(), e);
    }

    /** Turns a result set into a value. */
    @FunctionalInterface
    private interface RowsReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
