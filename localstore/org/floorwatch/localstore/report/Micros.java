package org.floorwatch.localstore.report;

import java.time.Duration;

/** Spans of the store's microseconds as hours, minutes and seconds (instants: {@link org.floorwatch.localstore.UtcMicros}). */
final class Micros {

    static final double PER_SECOND = 1_000_000.0;
    static final double PER_MINUTE = 60 * PER_SECOND;
    static final double PER_HOUR = 3600 * PER_SECOND;

    private Micros() {
    }



    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
