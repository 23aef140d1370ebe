package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.views.FxTicks;
import org.floorwatch.views.map.FloorMapView;

/**
 * Draws the floor map at the rate the floor changes, not every pulse. A timer thread looks into the mailbox every
 * {@link #POLL}: a newer snapshot (or a new era) is drawn at once; while something on the map moves (parts on their
 * way, an alarm's border pulsing) a frame is drawn every {@link #STEP}, at floor time = the snapshot's time + the
 * wall time since it arrived times the floor's speed, so parts glide between snapshots; when nothing moves, nothing
 * is drawn and no JavaFX pulse is asked for until the next snapshot. Floor time never runs backwards: when a
 * snapshot arrives behind the time already drawn, the drawing waits for it to catch up, unless it starts a new era
 * (the floor jumped: a seek in its history, back to live). The speed is asked each frame: live, the floor's;
 * playing back, the playing speed; paused, 0.
 */
final class FloorFrames {

    /** How often the mailbox is looked into: a new snapshot waits at most this long to be drawn. */
    static final Duration POLL = Duration.ofMillis(16);
    /** The animation's step: parts move 12 times a second, smooth enough for things that take seconds to travel. */
    static final Duration STEP = Duration.ofNanos(1_000_000_000L / 12);

    private final FloorMapView map;
    private final Supplier<FloorFrame> mailbox;
    private final Consumer<FloorFrame> onNewSnapshot;
    private final DoubleSupplier speed;
    private final FxTicks ticks;
    private volatile FloorFrame shownFrame;
    private volatile boolean animating;
    private volatile long nextStepNanos;
    private FloorSnapshot shown;
    private long era = Long.MIN_VALUE;
    private long shownAtNanos;
    private Instant drawn = Instant.EPOCH;
    private long frames;

    FloorFrames(FloorMapView map, Supplier<FloorFrame> mailbox, Consumer<FloorFrame> onNewSnapshot,
                DoubleSupplier speed) {
        this.map = map;
        this.mailbox = mailbox;
        this.onNewSnapshot = onNewSnapshot;
        this.speed = speed;
        this.ticks = FxTicks.whenDue(POLL, this::due, () -> draw(System.nanoTime()));
    }

    /** Draws the newest snapshot now and from then on as it changes; JavaFX thread. */
    void start() {
        shownFrame = null;
        draw(System.nanoTime());
        ticks.start();
    }

    void stop() {
        ticks.stop();
    }

    /** Frames drawn since this timer was made. */
    long frames() {
        return frames;
    }

    /** Whether a frame is due: asked on the timer thread. */
    private boolean due() {
        FloorFrame latest = mailbox.get();
        FloorFrame last = shownFrame;
        boolean newer = last == null || latest.snapshot() != last.snapshot() || latest.era() != last.era();
        return newer || animating && System.nanoTime() - nextStepNanos >= 0;
    }

    private void draw(long nowNanos) {
        FloorFrame latest = mailbox.get();
        shownFrame = latest;
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
        double floorSpeed = speed.getAsDouble();
        Instant floorTime = shown.asOf().plusNanos((long) ((nowNanos - shownAtNanos) * floorSpeed));
        if (floorTime.isAfter(drawn)) {
            drawn = floorTime;
        }
        map.drawFrame(drawn);
        frames++;
        nextStepNanos = nowNanos + STEP.toNanos();
        animating = floorSpeed > 0 && map.animates();
    }
}
