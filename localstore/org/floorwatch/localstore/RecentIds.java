package org.floorwatch.localstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * The ids of the events the writer committed last, per kind, a bounded number of each: a re-sent message usually
 * comes soon after the first copy, so most duplicates are dropped here without asking the store. An id found here
 * is certainly stored (only committed events are added, and events are never deleted); one not found may still
 * be, which the store decides. Used by the writer thread only.
 */
final class RecentIds {

    /** Ids kept per kind: several hours of a busy floor's readings, a few megabytes. */
    static final int DEFAULT_CAPACITY = 65_536;

    private final int capacity;
    private final Map<EventTable<?>, Window> byKind = new HashMap<>();

    RecentIds(int capacity) {
        this.capacity = capacity;
    }

    /** The events whose id is not among the recent ones of their kind, in the same order. */
    List<FloorEvent> withoutRecent(List<FloorEvent> events) {
        List<FloorEvent> rest = new ArrayList<>(events.size());
        for (FloorEvent event : events) {
            Window window = byKind.get(EventTable.of(event));
            if (window == null || !window.ids.contains(event.id())) {
                rest.add(event);
            }
        }
        return rest;
    }

    /** Remembers ids just committed, forgetting the oldest beyond the capacity. */
    void addAll(List<FloorEvent> committed) {
        for (FloorEvent event : committed) {
            byKind.computeIfAbsent(EventTable.of(event), kind -> new Window(capacity)).add(event.id());
        }
    }

    /** The last ids of one kind: a ring in the order added, and a set of the same ids. */
    private static final class Window {
        private final String[] ring;
        private final Set<String> ids;
        private int next;

        Window(int capacity) {
            this.ring = new String[capacity];
            this.ids = new HashSet<>(capacity * 4 / 3 + 1);
        }

        void add(String id) {
            if (ring[next] != null) {
                ids.remove(ring[next]);
            }
            ring[next] = id;
            ids.add(id);
            next = (next + 1) % ring.length;
        }
    }
}
