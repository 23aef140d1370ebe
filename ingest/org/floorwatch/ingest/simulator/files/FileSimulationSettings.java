package org.floorwatch.ingest.simulator.files;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@code simulate files} makes.
 *
 * @param from     the first production day
 * @param days     how many production days, at least 1
 * @param seed     the same seed (and the rest) gives the same files, byte for byte
 * @param gzip     archives as {@code .jsonl.gz} (true) or plain {@code .jsonl}
 * @param workers  staff on the roster, spread over the shifts
 */
public record FileSimulationSettings(LocalDate from, int days, long seed, boolean gzip, int workers) {

    public static final int DEFAULT_WORKERS = 150;

    public FileSimulationSettings {
        Objects.requireNonNull(from, "from");
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1 (got " + days + ")");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("--workers must be at least 1 (got " + workers + ")");
        }
    }
}
