package org.floorwatch.localstore.files;

import java.time.Instant;

/**
 * A source as the Sources screen shows it: how it was last read and the running totals over all its reads.
 *
 * @param source   a file's absolute path, or the tool inventory endpoint's URL
 * @param kind     its kind code ({@code clock-in}, {@code task-log}, ...), null if it never matched one
 * @param status   {@code read}, {@code appended} or {@code refused} (see {@link SourceFileLedger})
 * @param message  why the last read was refused; null otherwise
 * @param refusals how many times it was refused
 */
public record SourceFile(String source, String kind, long size, long readBytes, long rowsTaken, long duplicates,
                         long quarantined, long refusals, Instant lastRead, String status, String message) {
}
