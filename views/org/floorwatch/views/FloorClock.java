package org.floorwatch.views;

import java.time.Instant;

/**
 * The floor's own time: the wall clock for a real site, a faster one for a simulated floor. Screens use it to
 * move parts between snapshots and to tell how far the store lags behind the floor.
 */
public interface FloorClock {

    /** The floor's time now. */
    Instant now();

    /** Floor seconds per wall-clock second (1 for a real site). */
    double speed();

    /** The floor's time when the wall clock read {@code wall}: the same instant on a real site. */
    default Instant at(Instant wall) {
        return wall;
    }

    /** How the screens name this clock beside its time, e.g. "demo time, 30x"; empty for the wall clock. */
    default String name() {
        return "";
    }

    /** The wall clock, at real speed. */
    static FloorClock wall() {
        return new FloorClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public double speed() {
                return 1;
            }
        };
    }
}
