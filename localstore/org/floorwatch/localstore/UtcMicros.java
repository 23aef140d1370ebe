package org.floorwatch.localstore;

import java.time.Instant;

/**
 * Instants as the store keeps them: a {@code TIMESTAMP} column holding UTC, to the microsecond. Values cross
 * the JDBC boundary as microseconds since the epoch ({@code epoch_us(ts)} out, {@code make_timestamp(?)} in), so
 * no time zone of the JVM or of DuckDB can shift them. Nanoseconds below a microsecond are dropped.
 */
public final class UtcMicros {

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private UtcMicros() {
    }

    public static long of(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
                    instant.getNano() / 1000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time " + instant + " is outside the range the store can hold", e);
        }
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND),
                Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
    }
}
