package org.floorwatch.localstore.files;

import java.time.Instant;

/** One refusal of a source: when, at which row or item (null for the whole file), and why. */
public record RefusedFile(String source, Instant refusedAt, Integer row, String reason) {
}
