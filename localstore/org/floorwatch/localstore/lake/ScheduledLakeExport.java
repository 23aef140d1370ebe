package org.floorwatch.localstore.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.FloorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export run by the desktop app every N minutes into a folder (a shared drive, a mounted bucket), on a thread of
 * its own, reading the store through a read connection while ingest goes on. A failed run (the folder unreachable, a
 * full disk) is reported in {@link #status()} and tried again at the next turn; the tables stay at their last commit.
 */
public final class ScheduledLakeExport implements AutoCloseable {

    /**
     * Where the scheduled export stands.
     *
     * @param finished  when the last run ended (null: none yet)
     * @param tables    what the last successful Delta run did per table (empty for Parquet or before the first)
     * @param rows      rows the last successful run wrote
     * @param succeeded when the last successful run ended (null: none yet)
     * @param error     why the last run failed, or null when it succeeded
     */
    public record Status(Path folder, String format, Duration every, boolean running, Instant finished,
                         List<TableExport> tables, long rows, Instant succeeded, String error) {

        public Status {
            tables = List.copyOf(tables);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledLakeExport.class);
    /** The first run comes this soon after the start (or after one interval, if shorter). */
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final FloorStore store;
    private final Supplier<FloorPlan> plan;
    private final Path folder;
    private final boolean parquet;
    private final Duration every;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread t = new Thread(work, "floorwatch-lake-export");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status;

    /** @param parquet plain Parquet written whole, instead of Delta tables */
    public ScheduledLakeExport(FloorStore store, Supplier<FloorPlan> plan, Path folder, boolean parquet, Duration every) {
        this.store = store;
        this.plan = plan;
        this.folder = folder;
        this.parquet = parquet;
        this.every = every;
        this.status = new Status(folder, parquet ? "parquet" : "delta", every, false, null, List.of(), 0, null, null);
    }

    /** Starts the runs: the first after a minute (or one interval if shorter), then every interval after the last. */
    public ScheduledLakeExport start() {
        long first = Math.min(FIRST_RUN.toMillis(), every.toMillis());
        thread.scheduleWithFixedDelay(this::runOnce, first, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Runs an export now, after the one under way if any. */
    public void runNow() {
        thread.execute(this::runOnce);
    }

    public Status status() {
        return status;
    }

    /** Called on the export's thread whenever the status changes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Stops the runs; waits for one under way to end (it reads the store, which closes after this). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warn("the export into {} did not end in 2 minutes", folder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runOnce() {
        Status before = status;
        publish(new Status(folder, before.format(), every, true, before.finished(), before.tables(), before.rows(),
                before.succeeded(), before.error()));
        try (Connection connection = store.newReadConnection()) {
            Status done;
            if (parquet) {
                long rows = new ParquetFolderExport(connection, plan.get(), folder).run();
                done = new Status(folder, before.format(), every, false, Instant.now(), List.of(), rows, Instant.now(), null);
            } else {
                LakeExportResult result = new LakeExport(connection, plan.get(), folder).run();
                done = new Status(folder, before.format(), every, false, Instant.now(), result.tables(),
                        result.rowsAdded(), Instant.now(), null);
            }
            publish(done);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the export into {} failed", folder, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            publish(new Status(folder, before.format(), every, false, Instant.now(), before.tables(), before.rows(),
                    before.succeeded(), message));
        }
    }

    private void publish(Status next) {
        status = next;
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("a listener of the scheduled export failed", e);
            }
        }
    }
}
