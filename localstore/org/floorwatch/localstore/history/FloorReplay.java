package org.floorwatch.localstore.history;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.LiveFloor;
import org.floorwatch.localstore.StoreReader;

/**
 * The floor played back from the store: {@link #seek} rebuilds it at an instant (as {@link FloorHistory} does),
 * {@link #advance} carries it forward through the stored events in between, with the same {@link LiveFloor} the
 * live feed keeps, so a floor played to an instant equals the floor sought there. Not thread-safe: one player
 * thread uses it; every call blocks on the store.
 */
public final class FloorReplay {

    private final FloorHistory history;
    private final LiveFloor floor;
    private Instant position;

    public FloorReplay(FloorHistory history) {
        this.history = history;
        this.floor = new LiveFloor(history.plan(), history.calendar());
    }

    /** The floor at {@code at}, every event with {@code ts <= at} counted. */
    public FloorSnapshot seek(Connection connection, Instant at) {
        floor.rebuild(history.stateAt(connection, at));
        position = at;
        return floor.snapshot();
    }

    /**
     * The floor at {@code to}, carried forward from the last instant by the events after it up to and including
     * {@code to}; an instant before the last one, or no seek yet, seeks instead.
     */
    public FloorSnapshot advance(Connection connection, Instant to) {
        if (position == null || to.isBefore(position)) {
            return seek(connection, to);
        }
        if (to.isAfter(position)) {
            Instant from = position.plusNanos(1_000);
            Instant until = to.plusNanos(1_000);
            List<FloorEvent> events = new ArrayList<>(StoreReader.movesBetween(connection, from, until));
            events.addAll(StoreReader.readingsBetween(connection, from, until));
            floor.apply(events);
            floor.passTime(to);
            position = to;
        }
        return floor.snapshot();
    }

    /** The instant the floor is at; null before the first seek. */
    public Instant position() {
        return position;
    }
}
