package org.floorwatch.app.desktop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.floorwatch.views.FloorClock;

/**
 * The simulated floor's clock in the demo: it reads {@code start} when created and then runs {@code speed} times
 * faster than the wall clock. The demo's stream sends each message when this clock reaches its time.
 */
final class DemoClock implements FloorClock {

    private final Instant start;
    private final double speed;
    private final long startNanos = System.nanoTime();
    private final Instant startWall = Instant.now();

    DemoClock(Instant start, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("the demo's speed must be positive, not " + speed);
        }
        this.start = start;
        this.speed = speed;
    }

    @Override
    public Instant now() {
        return start.plusNanos((long) ((System.nanoTime() - startNanos) * speed));
    }

    /** The demo's time when the wall clock read {@code wall}, so what happened in the demo is dated by its clock. */
    @Override
    public Instant at(Instant wall) {
        return start.plusNanos((long) (Duration.between(startWall, wall).toNanos() * speed));
    }

    @Override
    public double speed() {
        return speed;
    }

    /** "demo time, 30x": the screens say so beside the floor's time. */
    @Override
    public String name() {
        return "demo time, " + BigDecimal.valueOf(speed).stripTrailingZeros().toPlainString() + "x";
    }

    /** Wall-clock nanoseconds until this clock reads {@code instant} (zero or less: already past). */
    long wallNanosUntil(Instant instant) {
        long floorNanos = Duration.between(now(), instant).toNanos();
        return (long) (floorNanos / speed);
    }
}
