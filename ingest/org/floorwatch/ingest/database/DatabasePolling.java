package org.floorwatch.ingest.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.localstore.EventWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured database sources in the background, each on a thread of its own: now, then every poll
 * interval. A database that cannot be reached (or a query that fails) is said at once in one log line and on the
 * Sources screen, and tried again after 5 s, doubling up to the poll interval, until it answers; then the log says
 * it is back. {@code changed} is called after every poll, good or not.
 */
public final class DatabasePolling implements AutoCloseable {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(DatabasePolling.class);

    private final List<ScheduledExecutorService> threads = new ArrayList<>();
    private final List<DatabasePoller> pollers = new ArrayList<>();

    public DatabasePolling(List<DatabaseSource> sources, FloorPlan plan, EventWriter writer, Runnable changed) {
        for (DatabaseSource source : sources) {
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread t = new Thread(work, "floorwatch-database-" + source.name());
                t.setDaemon(true);
                return t;
            });
            threads.add(thread);
            DatabasePoller poller = new DatabasePoller(source, plan, writer);
            pollers.add(poller);
            Loop loop = new Loop(poller, thread, changed);
            thread.execute(loop);
        }
    }

    @Override
    public void close() {
        threads.forEach(ScheduledExecutorService::shutdownNow);
        for (ScheduledExecutorService thread : threads) {
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pollers.forEach(DatabasePoller::close);
    }

    /** One source's polls: each schedules the next. */
    private static final class Loop implements Runnable {

        private final DatabasePoller poller;
        private final ScheduledExecutorService thread;
        private final Runnable changed;
        private Duration retry = FIRST_RETRY;
        private boolean failing;

        Loop(DatabasePoller poller, ScheduledExecutorService thread, Runnable changed) {
            this.poller = poller;
            this.thread = thread;
            this.changed = changed;
        }

        @Override
        public void run() {
            DatabaseSource source = poller.source();
            Duration next = source.pollEvery();
            try {
                ImportSummary summary = poller.pollOnce();
                if (failing) {
                    LOG.info("database {} answers again", source.name());
                }
                failing = false;
                retry = FIRST_RETRY;
                LOG.info("database {}: {} changed, {} unchanged, {} quarantined", source.name(), summary.newEvents(),
                        summary.duplicates(), summary.quarantined());
            } catch (DatabaseException e) {
                if (!failing) {
                    LOG.warn("database {}: {} (trying again until it answers)", source.name(), e.getMessage());
                }
                failing = true;
                next = retry.compareTo(source.pollEvery()) < 0 ? retry : source.pollEvery();
                retry = retry.multipliedBy(2);
            } catch (RuntimeException e) {
                LOG.error("database {}: polling failed ({}); trying again at the next poll", source.name(),
                        e.getMessage());
            } finally {
                changed.run();
            }
            try {
                thread.schedule(this, next.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // stopped
            }
        }
    }
}
