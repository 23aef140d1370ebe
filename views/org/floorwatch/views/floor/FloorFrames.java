package org.floorwatch.views.floor;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.views.map.FloorMapView;

/**
 * Draws the floor map once per frame. Each frame it takes the newest snapshot from the mailbox (handing it to the
 * map and the view model only when it changed) and draws at floor time = the snapshot's time + the wall time since
 * it arrived times the floor's speed, so parts glide between snapshots. Floor time never runs backwards: when a
 * snapshot arrives behind the time already drawn, the drawing waits for it to catch up, unless it starts a new
 * era (the floor jumped: a seek in its history, back to live). The speed is asked each frame: live, the floor's;
 * playing back, the playing speed; paused, 0.
 */
final class FloorFrames extends AnimationTimer {

    private final FloorMapView map;
    private final Supplier<FloorFrame> mailbox;
    private final Consumer<FloorFrame> onNewSnapshot;
    private final DoubleSupplier speed;
    private FloorSnapshot shown;
    private long era = Long.MIN_VALUE;
    private long shownAtNanos;
    private Instant drawn = Instant.EPOCH;

    FloorFrames(FloorMapView map, Supplier<FloorFrame> mailbox, Consumer<FloorFrame> onNewSnapshot,
                DoubleSupplier speed) {
        this.map = map;
        this.mailbox = mailbox;
        this.onNewSnapshot = onNewSnapshot;
        this.speed = speed;
    }

    @Override
    public void handle(long nowNanos) {
        FloorFrame latest = mailbox.get();
        if (latest.snapshot() != shown) {
            shown = latest.snapshot();
            shownAtNanos = nowNanos;
            if (latest.era() != era) {
                era = latest.era();
                drawn = Instant.EPOCH;
            }
            map.setSnapshot(shown);
            onNewSnapshot.accept(latest);
        }
        Instant floorTime = shown.asOf().plusNanos((long) ((nowNanos - shownAtNanos) * speed.getAsDouble()));
        if (floorTime.isAfter(drawn)) {
            drawn = floorTime;
        }
        map.drawFrame(drawn);
    }
}
