package org.floorwatch.views;

import java.util.Objects;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.live.LiveFloorFeed;

/**
 * Everything the screens read, handed in by the app: the plan in force, the local store (for history), the live
 * feed's snapshots, the live source's status and the floor's clock. The screens never start or stop any of them.
 */
public record FloorSources(FloorPlan plan, FloorStore store, LiveFloorFeed feed, IngestStatus ingest, FloorClock clock) {

    public FloorSources {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(clock, "clock");
    }
}
