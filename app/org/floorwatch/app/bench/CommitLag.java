package org.floorwatch.app.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.CommitResult;

/**
 * Where the event-to-screen time goes before the screen: a commit listener on the store's writer that notes, for each
 * move committed, the wall time of its commit minus its send time (the move's {@code ts}, stamped at send), and the
 * gaps between commits. Moves sent before {@link #from} are left out (the warm-up).
 */
final class CommitLag implements Consumer<CommitResult> {

    private final double[] lags;
    private final double[] gaps;
    private int count;
    private int commits;
    private long lastCommitNanos;
    private volatile long fromMillis = Long.MAX_VALUE;

    CommitLag(int capacity) {
        this.lags = new double[capacity];
        this.gaps = new double[capacity];
    }

    /** Counts the moves sent at or after {@code start}. */
    void from(Instant start) {
        fromMillis = start.toEpochMilli();
    }

    @Override
    public synchronized void accept(CommitResult result) {
        long nowMillis = System.currentTimeMillis();
        long nowNanos = System.nanoTime();
        boolean measured = false;
        for (FloorEvent event : result.committed()) {
            long sent = event.ts().toEpochMilli();
            if (event instanceof PartMove && sent >= fromMillis && count < lags.length) {
                lags[count++] = nowMillis - sent;
                measured = true;
            }
        }
        if (measured && lastCommitNanos != 0 && commits < gaps.length) {
            gaps[commits++] = (nowNanos - lastCommitNanos) / 1e6;
        }
        lastCommitNanos = nowNanos;
    }

    /** Send to commit, in ms: p50, p99 and max over the measured moves. */
    synchronized double[] sendToCommit() {
        return percentiles(Arrays.copyOf(lags, count));
    }

    /** Time between two commits that carried measured moves, in ms: p50, p99 and max. */
    synchronized double[] commitGaps() {
        return percentiles(Arrays.copyOf(gaps, commits));
    }

    synchronized int commits() {
        return commits;
    }

    private static double[] percentiles(double[] values) {
        Arrays.sort(values);
        return new double[] {FloorLatencyBench.percentile(values, 50), FloorLatencyBench.percentile(values, 99),
            values.length == 0 ? Double.NaN : values[values.length - 1]};
    }
}
