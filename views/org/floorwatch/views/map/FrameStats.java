package org.floorwatch.views.map;

import java.util.Arrays;

/** The CPU time of the last frames drawn, so a benchmark or a diagnostics panel can read percentiles. */
public final class FrameStats {

    private final long[] nanos;
    private int count;
    private int next;

    public FrameStats(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Frame stats need room for at least one frame, not " + capacity);
        }
        nanos = new long[capacity];
    }

    void record(long frameNanos) {
        nanos[next] = frameNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
    }

    /** How many frames the percentiles cover (at most the capacity). */
    public int count() {
        return count;
    }

    /** The nearest-rank percentile ({@code percent} 0..100) of the recorded frames, in nanoseconds; 0 with none. */
    public long percentileNanos(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(Math.max(0, Math.min(100, percent)) / 100 * count);
        return sorted[Math.max(0, rank - 1)];
    }

    public void clear() {
        count = 0;
        next = 0;
    }
}
