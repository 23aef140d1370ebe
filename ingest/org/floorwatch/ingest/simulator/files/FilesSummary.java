package org.floorwatch.ingest.simulator.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.floorwatch.ingest.simulator.SimulationLedger;

/**
 * What a {@code simulate files} run wrote.
 *
 * @param folder    where
 * @param files     how many files
 * @param bytes     their total size
 * @param messages  the archived live messages: new events, duplicates and broken ones
 * @param clockIns  clock-in rows in the original sheets
 * @param tasks     task-log rows
 * @param badFiles  the files under {@code bad/} and the rule each breaks
 */
public record FilesSummary(Path folder, int files, long bytes, SimulationLedger messages, long clockIns, long tasks,
                           List<BadFile> badFiles) {

    public FilesSummary {
        badFiles = List.copyOf(badFiles);
    }

    /** One line for the console. */
    public String line() {
        return String.format(Locale.ROOT, "wrote %,d files (%,.1f MB) to %s: %,d live messages (%,d events, "
                        + "%,d duplicate, %,d broken), %,d clock-ins, %,d tasks, %d files meant to be refused",
                files, bytes / 1e6, folder, messages.sent(), messages.newEvents(), messages.duplicates(),
                messages.quarantined(), clockIns, tasks, badFiles.size());
    }
}
