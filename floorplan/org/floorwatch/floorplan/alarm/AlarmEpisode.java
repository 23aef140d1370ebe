package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.Objects;

/**
 * One alarm episode of contract section 8, as the stored readings and moves give it: from {@code start} (included)
 * to {@code end} (excluded; null while still open).
 *
 * @param source     the sensor (heat, stale) or station (wip) id
 * @param level      the highest level reached; null for stale, {@code ALARM} for wip
 * @param peak       the highest reading of a heat episode; null for the other kinds
 * @param raisedBy   the id of the event that started it: the first reading above normal, the reading before the
 *                   silence, or the move that brought the WIP to the limit
 * @param fromImport whether that event was stored late, after events more than an hour newer (see {@link Lateness}):
 *                   history imported or replayed, not seen live
 */
public record AlarmEpisode(AlarmKind kind, String source, Instant start, Instant end, AlarmLevel level, Double peak,
                           String raisedBy, boolean fromImport) {

    public AlarmEpisode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(start, "start");
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether the episode holds {@code instant}: start included, end excluded. */
    public boolean activeAt(Instant instant) {
        return !instant.isBefore(start) && (end == null || instant.isBefore(end));
    }

    /** Whether it overlaps [from, to): it starts before {@code to} and has not ended at {@code from}. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && (end == null || end.isAfter(from));
    }

    public AlarmPriority priority() {
        return AlarmPriority.of(kind, level);
    }

    /** The same episode ended at {@code at}. */
    AlarmEpisode endedAt(Instant at) {
        return new AlarmEpisode(kind, source, start, at, level, peak, raisedBy, fromImport);
    }
}
