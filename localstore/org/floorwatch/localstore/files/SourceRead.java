package org.floorwatch.localstore.files;

import java.time.Instant;

/**
 * One successful read of a source (a file, or the tool inventory endpoint), as recorded in {@code source_files}.
 *
 * @param source      the file's absolute path, or the endpoint's URL
 * @param kind        the source's kind code, e.g. {@code clock-in} or {@code archive}
 * @param size        the source's size in bytes when read
 * @param position    how far it has now been read
 * @param taken       rows (or events) this read stored new or changed
 * @param duplicates  rows (or events) this read skipped as already stored
 * @param quarantined records this read quarantined
 * @param appended    true if only what was appended since the last read was read
 */
public record SourceRead(String source, String kind, long size, ReadPosition position, long taken, long duplicates,
                         long quarantined, Instant at, boolean appended) {
}
