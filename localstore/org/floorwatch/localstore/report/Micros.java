package org.floorwatch.localstore.report;

import java.time.Duration;
import java.time.Instant;

/** Instants as the store's UTC microseconds, and spans of microseconds as hours, minutes and seconds. */
final class Micros {

    static final double PER_SECOND = 1_000_000.0;
    static final double PER_MINUTE = 60 * PER_SECOND;
    static final double PER_HOUR = 3600 * PER_SECOND;

    private Micros() {
    }

    static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
