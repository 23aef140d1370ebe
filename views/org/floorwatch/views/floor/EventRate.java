package org.floorwatch.views.floor;

/**
 * Events per second over the last few samples of a growing count, so one large commit does not make the figure
 * jump. Sampled once a second on the JavaFX thread.
 */
final class EventRate {

    private final long[] counts;
    private final long[] nanos;
    private int samples;
    private int next;

    EventRate(int window) {
        counts = new long[window];
        nanos = new long[window];
    }

    /** Records the count at {@code atNanos} and returns the rate since the oldest sample kept. */
    double sample(long count, long atNanos) {
        int oldest = samples < counts.length ? 0 : next;
        long oldestCount = counts[oldest];
        long oldestNanos = nanos[oldest];
        boolean first = samples == 0;
        counts[next] = count;
        nanos[next] = atNanos;
        next = (next + 1) % counts.length;
        samples = Math.min(samples + 1, counts.length);
        double seconds = (atNanos - oldestNanos) / 1e9;
        return first || seconds <= 0 ? 0 : (count - oldestCount) / seconds;
    }
}
