package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.floorwatch.floorplan.alarm.Lateness;
import org.floorwatch.localstore.report.Query;

/**
 * {@link Lateness} read from the store: an event stored as {@code seq} is late when an event stored before it (a
 * smaller seq) lies in a minute more than {@link Lateness#LATE_MINUTES} after its own. Kept as, for every minute
 * holding events, the smallest seq stored in that minute or any later one.
 */
final class LateEvents {

    private static final long MICROS_PER_MINUTE = 60_000_000L;

    private final TreeMap<Long, Long> firstSeqFrom;

    private LateEvents(TreeMap<Long, Long> firstSeqFrom) {
        this.firstSeqFrom = firstSeqFrom;
    }

    /** What is needed to judge events at or after {@code from} (Instant.MIN: all). */
    static LateEvents from(Connection connection, Instant from) {
        long firstMinute = from.equals(Instant.MIN) ? Long.MIN_VALUE : Lateness.minuteOf(from) + Lateness.LATE_MINUTES + 1;
        String where = firstMinute == Long.MIN_VALUE ? "" : " WHERE ts >= make_timestamp(?::BIGINT)";
        Object[] params = firstMinute == Long.MIN_VALUE ? new Object[0] : new Object[] {firstMinute * MICROS_PER_MINUTE};
        TreeMap<Long, Long> bySeq = new TreeMap<>();
        Query.of("SELECT epoch_us(ts) // " + MICROS_PER_MINUTE + " AS minute, min(seq) FROM (SELECT ts, seq FROM moves"
                + " UNION ALL SELECT ts, seq FROM heat_readings UNION ALL SELECT ts, seq FROM energy_samples)" + where
                + " GROUP BY minute", params).forEach(connection, rs -> bySeq.put(rs.getLong(1), rs.getLong(2)));
        long smallest = Long.MAX_VALUE;
        for (Map.Entry<Long, Long> minute : bySeq.descendingMap().entrySet()) {
            smallest = Math.min(smallest, minute.getValue());
            minute.setValue(smallest);
        }
        return new LateEvents(bySeq);
    }

    /** Whether the event at {@code ts}, stored as {@code seq}, was late. */
    boolean late(Instant ts, long seq) {
        Map.Entry<Long, Long> after = firstSeqFrom.ceilingEntry(Lateness.minuteOf(ts) + Lateness.LATE_MINUTES + 1);
        return after != null && after.getValue() < seq;
    }
}
