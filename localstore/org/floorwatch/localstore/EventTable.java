package org.floorwatch.localstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * One kind of event and the table that holds it: how an event is appended as a row and how a row is read
 * back. Every event table starts with {@code id, ts} and ends with {@code seq}; ids are unique per table.
 *
 * @param <E> the kind of event stored in this table
 */
abstract class EventTable<E extends FloorEvent> {

    static final EventTable<PartMove> MOVES = new MoveTable();
    static final EventTable<HeatReading> HEAT = new HeatTable();
    static final EventTable<EnergySample> ENERGY = new EnergyTable();

    /** In the order events are listed when comparing stores: moves, heat readings, energy samples. */
    static final List<EventTable<?>> ALL = List.of(MOVES, HEAT, ENERGY);

    private final String table;
    private final Class<E> kind;
    private final String payloadColumns;

    EventTable(String table, Class<E> kind, String payloadColumns) {
        this.table = table;
        this.kind = kind;
        this.payloadColumns = payloadColumns;
    }

    static EventTable<?> of(FloorEvent event) {
        for (EventTable<?> candidate : ALL) {
            if (candidate.kind.isInstance(event)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no table for " + event.getClass().getName());
    }

    String table() {
        return table;
    }

    /** Selects the columns {@link #read} expects, from this table. */
    String selectEvents() {
        return "SELECT id, epoch_us(ts) AS ts_us, " + payloadColumns + " FROM " + table;
    }

    /** Appends one row: id, ts, the payload columns, seq. */
    final void append(DuckDBAppender appender, FloorEvent event, long seq) throws SQLException {
        appender.beginRow().append(event.id()).appendEpochMicros(UtcMicros.of(event.ts()));
        appendPayload(appender, kind.cast(event));
        appender.append(seq).endRow();
    }

    abstract void appendPayload(DuckDBAppender appender, E event) throws SQLException;

    /** Reads the event at the result set's current row, as selected by {@link #selectEvents()}. */
    abstract E read(ResultSet row) throws SQLException;
}
