package org.floorwatch.localstore.orders;

import java.time.Instant;

/**
 * A database source as the Sources screen shows it: one polled query, or one Debezium topic.
 *
 * @param source      the configured source's name, {@code kafka:TOPIC} for a Debezium topic, or the URL (without
 *                    password) an {@code import --jdbc} read
 * @param lastRead    when rows were last stored from it (a poll that found nothing counts), null if never
 * @param rowsTaken   changes that changed the store, over all reads
 * @param duplicates  changes that did not, over all reads
 * @param quarantined rows (or change events) quarantined from it
 * @param watermark   the last {@code updated_at} read, as read (ISO-8601); null for Debezium topics
 * @param status      {@code ok}, or why the last try failed ({@code unreachable}, {@code query failed})
 * @param lastError   the last failure's one line (never a password), and when; null if none
 */
public record DatabaseSourceState(String source, String kind, Instant lastRead, long rowsTaken, long duplicates,
                                  long quarantined, String watermark, String lastKey, String status, String lastError,
                                  Instant lastErrorAt) {
}
