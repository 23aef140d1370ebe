package org.floorwatch.localstore.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a database source has been read, stored with the rows it carries: for a polled query the watermark
 * (the last row's {@code updated_at}, ISO-8601 as read, and its key); for a Debezium topic only the time (its
 * Kafka offsets are the position).
 *
 * @param watermark null to keep the stored one
 * @param lastKey   the key of the row read last at the watermark; null with {@code watermark}
 */
public record SourceMark(String source, OrderKind kind, String watermark, String lastKey, Instant readAt) {

    public SourceMark {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** The place in {@code database_sources}: source and kind. */
    String place() {
        return source + "\u0000" + kind.code();
    }
}
