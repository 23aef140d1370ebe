package org.floorwatch.views.floor;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.views.map.FloorMapView;

/**
 * Draws the floor map once per frame. Each frame it takes the newest snapshot from the mailbox (handing it to the
 * map and the view model only when it changed) and draws at floor time = the snapshot's time + the wall time since
 * it arrived times the floor's speed, so parts glide between snapshots. Floor time never runs backwards: when a
 * snapshot arrives behind the time already drawn, the drawing waits for it to catch up.
 */
final class FloorFrames extends AnimationTimer {

    private final FloorMapView map;
    private final Supplier<FloorSnapshot> mailbox;
    private final Consumer<FloorSnapshot> onNewSnapshot;
    private final double speed;
    private FloorSnapshot shown;
    private long shownAtNanos;
    private Instant drawn = Instant.EPOCH;

    FloorFrames(FloorMapView map, Supplier<FloorSnapshot> mailbox, Consumer<FloorSnapshot> onNewSnapshot, double speed) {
        this.map = map;
        this.mailbox = mailbox;
        this.onNewSnapshot = onNewSnapshot;
        this.speed = speed;
    }

    @Override
    public void handle(long nowNanos) {
        FloorSnapshot latest = mailbox.get();
        if (latest != shown) {
            shown = latest;
            shownAtNanos = nowNanos;
            map.setSnapshot(latest);
            onNewSnapshot.accept(latest);
        }
        Instant floorTime = shown.asOf().plusNanos((long) ((nowNanos - shownAtNanos) * speed));
        if (floorTime.isAfter(drawn)) {
            drawn = floorTime;
        }
        map.drawFrame(drawn);
    }
}
