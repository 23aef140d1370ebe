package org.floorwatch.floorplan.alarm;

import java.time.Instant;

/**
 * Which events came late: an event is late when, as it was stored, the store already held an event from a whole
 * minute more than {@value #LATE_MINUTES} minutes after its own. History imported after the live floor has moved on
 * is late in this sense; the live stream, even with messages held back a few minutes, is not. An episode started by
 * a late event is marked "from import". The rule depends only on what was stored before the event, so the live
 * evaluation (which sees commits in order) and a recomputation from the store (which reads the store's receive
 * order) agree.
 */
public final class Lateness {

    /** How many minutes newer an event stored earlier must be for this one to be late. */
    public static final long LATE_MINUTES = 60;

    private long newestMinute = Long.MIN_VALUE;

    /** The whole minute (since the epoch) that holds {@code ts}. */
    public static long minuteOf(Instant ts) {
        return Math.floorDiv(ts.getEpochSecond(), 60);
    }

    /** Whether an event at {@code eventMinute} is late when the newest stored before it was at {@code newestMinute}. */
    public static boolean isLate(long eventMinute, long newestMinute) {
        return newestMinute != Long.MIN_VALUE && newestMinute - eventMinute > LATE_MINUTES;
    }

    /** Starts from what the store held already: the newest event time, or null for an empty store. */
    public void startFrom(Instant newestStored) {
        newestMinute = newestStored == null ? Long.MIN_VALUE : minuteOf(newestStored);
    }

    /** Whether an event at {@code ts} stored now is late; then counts it as stored. */
    public boolean store(Instant ts) {
        long minute = minuteOf(ts);
        boolean late = isLate(minute, newestMinute);
        newestMinute = Math.max(newestMinute, minute);
        return late;
    }
}
