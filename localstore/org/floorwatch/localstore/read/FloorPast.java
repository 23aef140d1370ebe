package org.floorwatch.localstore.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.history.FloorHistory;
import org.floorwatch.localstore.history.FloorReplay;
import org.floorwatch.localstore.history.HistoryOutline;

/**
 * What the Floor screen asks the store about a past instant: the floor sought there and played on from there
 * ({@link FloorReplay}), on a read connection of its own kept until {@link #close}, and the history's outline for
 * the time bar. Every call blocks: call it off the JavaFX thread, always from the same thread (a player's).
 */
public final class FloorPast implements AutoCloseable {

    private final FloorStore store;
    private final FloorReplay replay;
    private Connection connection;

    public FloorPast(FloorStore store, FloorPlan plan) {
        this.store = Objects.requireNonNull(store, "store");
        this.replay = new FloorReplay(new FloorHistory(plan));
    }

    /** The floor at {@code at}, every event with {@code ts <= at} counted. */
    public FloorSnapshot seek(Instant at) {
        return replay.seek(connection(), at);
    }

    /**
     * The floor carried forward to {@code to} through the stored events (a seek if {@code to} is earlier), reading
     * the store {@code readAhead} further when it must read it.
     */
    public FloorSnapshot advance(Instant to, Duration readAhead) {
        return replay.advance(connection(), to, readAhead);
    }

    /** The instant the floor is at; null before the first seek. */
    public Instant position() {
        return replay.position();
    }

    /** The store's history at a glance (first and last move, moves per hour), on a connection of its own. */
    public static HistoryOutline outline(FloorStore store) {
        return StoreReads.read(store, "the history", HistoryOutline::read);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("could not close a read connection: " + e.getMessage(), e);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connection() {
        if (connection == null) {
            connection = store.newReadConnection();
        }
        return connection;
    }
}
