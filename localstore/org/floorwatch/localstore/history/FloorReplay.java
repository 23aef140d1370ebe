package org.floorwatch.localstore.history;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.LiveFloor;
import org.floorwatch.localstore.EventRange;

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
    private EventRange range;
    /** Events read ahead of the position, by ts, up to and including {@code readUntil}. */
    private final ArrayDeque<FloorEvent> ahead = new ArrayDeque<>();
    private Instant readUntil;

    public FloorReplay(FloorHistory history) {
        this.history = history;
        this.floor = new LiveFloor(history.plan(), history.calendar());
    }

    /** The floor at {@code at}, every event with {@code ts <= at} counted. */
    public FloorSnapshot seek(Connection connection, Instant at) {
        floor.rebuild(history.stateAt(connection, at));
        position = at;
        ahead.clear();
        readUntil = at;
        return floor.snapshot();
    }

    /** {@link #advance(Connection, Instant, Duration)} reading no further ahead than {@code to}. */
    public FloorSnapshot advance(Connection connection, Instant to) {
        return advance(connection, to, Duration.ZERO);
    }

    /**
     * The floor at {@code to}, carried forward from the last instant by the events after it up to and including
     * {@code to}; an instant before the last one, or no seek yet, seeks instead. When the store must be read, it
     * reads {@code readAhead} further too, so a player stepping ten times a second reads the store far less often.
     * Events stored later within what was read ahead are not seen until the next seek.
     */
    public FloorSnapshot advance(Connection connection, Instant to, Duration readAhead) {
        if (position == null || to.isBefore(position)) {
            return seek(connection, to);
        }
        if (to.isAfter(readUntil)) {
            read(connection, readUntil, to.plus(readAhead));
        }
        List<FloorEvent> due = new ArrayList<>();
        while (!ahead.isEmpty() && !ahead.peekFirst().ts().isAfter(to)) {
            due.add(ahead.pollFirst());
        }
        floor.apply(due);
        floor.passTime(to);
        position = to;
        return floor.snapshot();
    }

    /** Reads the events with {@code after < ts <= until} into the events ahead, by ts. */
    private void read(Connection connection, Instant after, Instant until) {
        if (range == null || !range.on(connection)) {
            range = new EventRange(connection);
        }
        List<FloorEvent> events = new ArrayList<>(range.moves(after.plusNanos(1_000), until.plusNanos(1_000)));
        events.addAll(range.readings(after.plusNanos(1_000), until.plusNanos(1_000)));
        events.sort(Comparator.comparing(FloorEvent::ts));
        ahead.addAll(events);
        readUntil = until;
    }

    /** The instant the floor is at; null before the first seek. */
    public Instant position() {
        return position;
    }
}
