package org.floorwatch.floorplan.live;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per whole minute over the last hour: moves out of each station, and completions. The hour is the 60
 * minutes up to and including the minute that holds the newest event, so it never depends on arrival order.
 */
final class LastHourCounts {

    private static final long MINUTES = 60;

    private final TreeMap<Long, Map<String, Long>> outsByMinute = new TreeMap<>();
    private final TreeMap<Long, Long> completionsByMinute = new TreeMap<>();
    private long newestMinute = Long.MIN_VALUE;

    static long minuteOf(Instant ts) {
        return Math.floorDiv(ts.getEpochSecond(), 60);
    }

    /** The first instant the hour covers when the newest event is at {@code asOf}. */
    static Instant windowStart(Instant asOf) {
        return Instant.ofEpochSecond((minuteOf(asOf) - MINUTES + 1) * 60);
    }

    void advanceTo(Instant asOf) {
        newestMinute = minuteOf(asOf);
        long oldest = newestMinute - MINUTES + 1;
        outsByMinute.headMap(oldest).clear();
        completionsByMinute.headMap(oldest).clear();
    }

    boolean covers(Instant ts) {
        long minute = minuteOf(ts);
        return minute > newestMinute - MINUTES && minute <= newestMinute;
    }

    void countOut(String station, Instant ts) {
        if (covers(ts)) {
            outsByMinute.computeIfAbsent(minuteOf(ts), m -> new HashMap<>()).merge(station, 1L, Long::sum);
        }
    }

    void countCompletion(Instant ts) {
        if (covers(ts)) {
            completionsByMinute.merge(minuteOf(ts), 1L, Long::sum);
        }
    }

    long outs(String station) {
        long sum = 0;
        for (Map<String, Long> minute : outsByMinute.values()) {
            sum += minute.getOrDefault(station, 0L);
        }
        return sum;
    }

    long completions() {
        return completionsByMinute.values().stream().mapToLong(Long::longValue).sum();
    }

    void clear() {
        outsByMinute.clear();
        completionsByMinute.clear();
        newestMinute = Long.MIN_VALUE;
    }
}
