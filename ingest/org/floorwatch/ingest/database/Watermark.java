package org.floorwatch.ingest.database;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Where a polled query has been read up to: the {@code updated_at} of the row read last, exactly as the database
 * gave it ({@link LocalDateTime} for a column without a zone, {@link OffsetDateTime} with one, so it is bound
 * back as the same type), and that row's key. Kept in the store as ISO-8601 text.
 */
record Watermark(Object updatedAt, String key) {

    Watermark {
        if (!(updatedAt instanceof LocalDateTime) && !(updatedAt instanceof OffsetDateTime)) {
            throw new IllegalArgumentException("a watermark is a LocalDateTime or an OffsetDateTime: " + updatedAt);
        }
    }

    String text() {
        return updatedAt instanceof OffsetDateTime zoned ? zoned.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                : ((LocalDateTime) updatedAt).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    static Watermark parse(String text, String key) {
        try {
            return new Watermark(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), key);
        } catch (DateTimeParseException local) {
            return new Watermark(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME), key);
        }
    }
}
