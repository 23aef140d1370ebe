package org.floorwatch.localstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * Reads stored moves and heat readings a span of time at a time, on one connection, with its two statements
 * prepared once: for a player that reads the next few seconds of the floor ten times a second (preparing each
 * time doubled the cost). Same order as {@link StoreReader#movesBetween}: by ts, then as received. Not
 * thread-safe; its statements close with the connection.
 */
public final class EventRange {

    private final Connection connection;
    private final PreparedStatement moves;
    private final PreparedStatement readings;

    public EventRange(Connection connection) {
        this.connection = connection;
        try {
            this.moves = connection.prepareStatement(select(EventTable.MOVES));
            this.readings = connection.prepareStatement(select(EventTable.HEAT));
        } catch (SQLException e) {
            throw new StoreException("could not read the stored events: " + e.getMessage(), e);
        }
    }

    /** Whether it reads on {@code other}. */
    public boolean on(Connection other) {
        return connection == other;
    }

    /** Moves with {@code fromIncl <= ts < toExcl}. */
    public List<PartMove> moves(Instant fromIncl, Instant toExcl) {
        return read(moves, EventTable.MOVES, fromIncl, toExcl);
    }

    /** Heat readings with {@code fromIncl <= ts < toExcl}. */
    public List<HeatReading> readings(Instant fromIncl, Instant toExcl) {
        return read(readings, EventTable.HEAT, fromIncl, toExcl);
    }

    static String select(EventTable<?> table) {
        return table.selectEvents()
                + " WHERE ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT) ORDER BY ts, seq";
    }

    /** The events of {@code table} with {@code fromIncl <= ts < toExcl}, by a statement made with {@link #select}. */
    static <E extends FloorEvent> List<E> read(PreparedStatement statement, EventTable<E> table, Instant fromIncl,
                                               Instant toExcl) {
        try {
            statement.setLong(1, UtcMicros.of(fromIncl));
            statement.setLong(2, UtcMicros.of(toExcl));
            try (ResultSet rs = statement.executeQuery()) {
                List<E> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(table.read(rs));
                }
                return events;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the stored events: " + e.getMessage(), e);
        }
    }
}
