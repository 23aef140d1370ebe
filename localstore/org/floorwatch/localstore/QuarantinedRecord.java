package org.floorwatch.localstore;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be accepted, kept with its reason where a user can see it and counted nowhere
 * else.
 *
 * @param sourceKey  unique key of the record's place in its source (for Kafka {@code kafka:TOPIC:PARTITION:OFFSET},
 *                   for a file {@code file:PATH:LINE}); quarantining the same place twice keeps one record
 * @param source     where it came from, readable (a topic and partition, or a file name)
 * @param location   where in the source (an offset, or a line/row number)
 * @param raw        the record as received (text), cut to a sane length
 * @param reason     why it was refused, one readable line
 * @param receivedAt when Floorwatch received it
 */
public record QuarantinedRecord(String sourceKey, String source, String location, String raw, String reason,
                                Instant receivedAt) {
    public QuarantinedRecord {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
