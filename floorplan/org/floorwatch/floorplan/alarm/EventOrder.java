package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.Comparator;
import org.floorwatch.floorplan.event.FloorEvent;

/** The order in which contract section 8 reads events: by {@code ts}, ties by {@code id}. */
public final class EventOrder {

    public static final Comparator<FloorEvent> EVENTS = Comparator.comparing(FloorEvent::ts).thenComparing(FloorEvent::id);

    private EventOrder() {
    }

    /** Whether (ts, id) comes after (lastTs, lastId); everything comes after nothing (lastTs null). */
    public static boolean after(Instant ts, String id, Instant lastTs, String lastId) {
        if (lastTs == null) {
            return true;
        }
        int byTime = ts.compareTo(lastTs);
        return byTime > 0 || byTime == 0 && id.compareTo(lastId) > 0;
    }
}
