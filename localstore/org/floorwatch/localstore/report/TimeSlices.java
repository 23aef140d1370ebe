package org.floorwatch.localstore.report;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.floorwatch.localstore.UtcMicros;

/**
 * Cuts of the time line (shifts, hours, days) handed to SQL as a {@code slices(slice, start_us)} table, so a
 * query places each event in its slice with {@code ASOF JOIN slices ON us >= start_us}: slice {@code i} runs from
 * start {@code i} to start {@code i + 1}, the last to the end, which the query bounds itself unless the slices were
 * made with one ({@link #boundedCte}). The values are numbers this class makes, written into the SQL text.
 */
public final class TimeSlices {

    private final List<Instant> starts;
    private final Instant end;

    /** @param starts strictly increasing */
    public TimeSlices(List<Instant> starts) {
        this(starts, null);
    }

    /**
     * @param starts strictly increasing
     * @param end    where the last slice ends, after the last start
     */
    public TimeSlices(List<Instant> starts, Instant end) {
        for (int i = 1; i < starts.size(); i++) {
            if (!starts.get(i).isAfter(starts.get(i - 1))) {
                throw new IllegalArgumentException("slice starts must increase: " + starts);
            }
        }
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("no slices");
        }
        if (end != null && !end.isAfter(starts.get(starts.size() - 1))) {
            throw new IllegalArgumentException("the slices end (" + end + ") before the last one starts");
        }
        this.starts = List.copyOf(starts);
        this.end = end;
    }

    /** {@code slices(slice, start_us) AS (VALUES ...)}, to put in a WITH clause. */
    public String cte() {
        return "slices(slice, start_us) AS (VALUES " + IntStream.range(0, starts.size())
                .mapToObj(i -> "(" + i + ", " + UtcMicros.of(starts.get(i)) + "::BIGINT)")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code slices(slice, start_us, end_us) AS (VALUES ...)}; only for slices made with an end. */
    public String boundedCte() {
        if (end == null) {
            throw new IllegalStateException("these slices have no end");
        }
        return "slices(slice, start_us, end_us) AS (VALUES " + IntStream.range(0, starts.size())
                .mapToObj(i -> "(" + i + ", " + UtcMicros.of(starts.get(i)) + "::BIGINT, "
                        + UtcMicros.of(i + 1 < starts.size() ? starts.get(i + 1) : end) + "::BIGINT)")
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The widest time bucket (an hour, 30, 15 or 1 minute, 1 second, 1 microsecond) on whose edges every slice
     * starts, counted from the epoch: events summed per bucket first land in the right slice after. Production
     * days start on whole UTC hours in most time zones, so an hour is the usual answer.
     */
    long bucketMicros() {
        for (long width : new long[] {3_600_000_000L, 1_800_000_000L, 900_000_000L, 60_000_000L, 1_000_000L}) {
            if (starts.stream().allMatch(start -> Math.floorMod(UtcMicros.of(start), width) == 0)
                    && (end == null || Math.floorMod(UtcMicros.of(end), width) == 0)) {
                return width;
            }
        }
        return 1;
    }

    /**
     * SQL for the start of the {@link #bucketMicros() bucket} holding {@code micros} (an SQL expression of UTC
     * microseconds): group events by it first, then join the few groups to the slices, which is many times faster
     * than joining every event.
     */
    public String bucket(String micros) {
        long width = bucketMicros();
        return "(" + micros + ") // " + width + " * " + width;
    }

    public int size() {
        return starts.size();
    }

    public Instant start(int slice) {
        return starts.get(slice);
    }

    /** Where slice {@code slice} ends; only for slices made with an end. */
    public Instant end(int slice) {
        return slice + 1 < starts.size() ? starts.get(slice + 1) : end;
    }

    /** The first instant of the first slice. */
    Instant first() {
        return starts.get(0);
    }

    /** The end of the last slice, or null. */
    Instant last() {
        return end;
    }
}
