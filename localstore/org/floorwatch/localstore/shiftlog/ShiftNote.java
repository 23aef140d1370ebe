package org.floorwatch.localstore.shiftlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One note in the shift log, written during shift {@code shift} of production day {@code day}, stamped with the time
 * (the floor clock) and the writer's name. Never changed once saved: {@code corrects} names the note a correction
 * replaces (null for an ordinary note).
 */
public record ShiftNote(String id, LocalDate day, String shift, Instant writtenAt, String writtenBy, String text,
                        String corrects) {

    public ShiftNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(text, "text");
    }

    public boolean isCorrection() {
        return corrects != null;
    }
}
