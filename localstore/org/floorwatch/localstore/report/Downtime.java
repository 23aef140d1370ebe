package org.floorwatch.localstore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The union of maintenance intervals clipped to a period, in microseconds: overlapping or touching intervals
 * count once, so two work orders on one machine at the same time, or on two machines of one station, are not
 * downtime twice.
 */
final class Downtime {

    /** A half-open interval [start, end) in microseconds. */
    record Interval(long start, long end) { }

    private final long periodStart;
    private final long periodEnd;
    private final List<Interval> intervals = new ArrayList<>();

    Downtime(long periodStart, long periodEnd) {
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    /** Adds [start, end) clipped to the period; an interval outside it or empty adds nothing. */
    void add(long start, long end) {
        long from = Math.max(start, periodStart);
        long to = Math.min(end, periodEnd);
        if (to > from) {
            intervals.add(new Interval(from, to));
        }
    }

    /** The length of the union, in microseconds. */
    long micros() {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingLong(Interval::start));
        long total = 0;
        long runStart = 0;
        long runEnd = Long.MIN_VALUE;
        for (Interval interval : sorted) {
            if (interval.start() > runEnd) {
                total += runEnd > runStart ? runEnd - runStart : 0;
                runStart = interval.start();
                runEnd = interval.end();
            } else {
                runEnd = Math.max(runEnd, interval.end());
            }
        }
        return total + (runEnd > runStart ? runEnd - runStart : 0);
    }
}
