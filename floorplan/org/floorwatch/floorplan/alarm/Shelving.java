package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.Objects;

/**
 * A source shelved by a person (ISA-18.2): its alarms leave the banner from {@code at} until {@code until}, or until
 * someone unshelves it earlier; they stay in the list and the journal.
 *
 * @param unshelvedBy who ended it early, or null
 * @param unshelvedAt when, or null
 */
public record Shelving(String id, AlarmSource source, String by, Instant at, Instant until, String reason,
                       String unshelvedBy, Instant unshelvedAt) {

    public Shelving {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
    }

    /** When it ends: unshelved, or expired. */
    public Instant ends() {
        return unshelvedAt != null && unshelvedAt.isBefore(until) ? unshelvedAt : until;
    }

    public boolean activeAt(Instant instant) {
        return !instant.isBefore(at) && instant.isBefore(ends());
    }

    public Shelving unshelved(String who, Instant when) {
        return new Shelving(id, source, by, at, until, reason, who, when);
    }
}
