package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.floorwatch.ingest.simulator.WorkOrder;

/**
 * A maintenance log that grows while the simulated floor runs: a row each time a work order changes (reported,
 * started, resolved), appended at the end, so a reader that keeps the row read last per work order (contract
 * section 4) holds each order as it stands. Created with its header only, replacing any earlier file.
 */
public final class LiveMaintenanceLog {

    private final Path file;
    private final ZoneId zone;

    public LiveMaintenanceLog(Path file, ZoneId zone) throws IOException {
        this.file = file;
        this.zone = zone;
        CsvFile.write(file, CsvFile.PLAIN, MaintenanceLogFiles.HEADER, List.of());
    }

    public Path file() {
        return file;
    }

    /** Appends the order as it stands now (see {@link WorkOrder#asAt}). */
    public void append(WorkOrder order) throws IOException {
        CsvFile.append(file, CsvFile.PLAIN, List.of(MaintenanceLogFiles.row(order, zone)));
    }
}
