package org.floorwatch.app.desktop;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.ingest.files.InboxWatcher;
import org.floorwatch.ingest.inventory.ToolInventoryPoller;
import org.floorwatch.ingest.simulator.ToolsEndpoint;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.files.RowCounts;
import org.floorwatch.views.sources.SourceImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file sources behind the Sources screen, on one {@link FileImporter}: the imports the screen (or the demo)
 * asks for, the inbox folder watched, and the tool inventory endpoint polled, each on a background thread of its
 * own. Whatever any of them stores, {@link SourceImports} tells the screen. {@link #close} stops them in reverse
 * order; a file being imported goes in whole first.
 */
final class FileSources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileSources.class);

    private final EventWriter writer;
    private final FileImporter importer;
    private final SourceImports imports;
    private final Deque<AutoCloseable> stops = new ArrayDeque<>();
    private volatile ScheduledExecutorService toolsPolling;
    private volatile ToolInventoryPoller poller;

    /** {@code clock}: the desk's floor clock, which stamps a person's imports in the audit trail. */
    FileSources(FloorPlan plan, EventWriter writer, Supplier<Instant> clock) {
        this.writer = writer;
        this.importer = new FileImporter(plan, writer);
        this.imports = new SourceImports(new ImporterFileImports(importer, clock));
        stops.push(imports);
    }

    SourceImports imports() {
        return imports;
    }

    /** Imports new and changed files of {@code inbox} on their own (see {@link InboxWatcher}). */
    synchronized void watchInbox(Path inbox) {
        InboxWatcher watcher = new InboxWatcher(inbox, importer, result -> imports.sourcesChanged());
        watcher.start(InboxWatcher.DEFAULT_INTERVAL);
        stops.push(watcher);
    }

    /**
     * Watches {@code inbox} once the imports queued so far are over: a file in it may carry on from those (the demo's
     * growing maintenance log resolves orders its history holds open), so it must be read after them.
     */
    void watchInboxAfterImports(Path inbox) {
        InboxWatcher watcher = new InboxWatcher(inbox, importer, result -> imports.sourcesChanged());
        synchronized (this) {
            stops.push(watcher);
        }
        imports.afterImports(() -> {
            try {
                watcher.start(InboxWatcher.DEFAULT_INTERVAL);
            } catch (RejectedExecutionException stopped) {
                // closed before its turn came
            }
        });
    }

    /** Reads the tool inventory from {@code base}{@code /tools} now and every {@code interval}. */
    synchronized void pollTools(URI base, Duration interval) {
        poller = new ToolInventoryPoller(base, writer);
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "floorwatch-tool-inventory");
            thread.setDaemon(true);
            return thread;
        });
        polling.scheduleWithFixedDelay(this::pollTools, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        toolsPolling = polling;
        stops.push(() -> {
            polling.shutdownNow();
            polling.awaitTermination(10, TimeUnit.SECONDS);
        });
    }

    /** Serves {@code snapshot} on a simulated tools endpoint on 127.0.0.1 and polls it like a real one. */
    synchronized void serveTools(Path snapshot, Duration interval) {
        ToolsEndpoint endpoint = ToolsEndpoint.serve(snapshot);
        stops.push(endpoint);
        pollTools(endpoint.baseUri(), interval);
    }

    /** Reads the tool inventory once more now, besides the regular polls; any thread. */
    void pollToolsNow() {
        ScheduledExecutorService polling = toolsPolling;
        if (polling != null) {
            try {
                polling.execute(this::pollTools);
            } catch (RejectedExecutionException stopping) {
                // closing
            }
        }
    }

    @Override
    public synchronized void close() {
        while (!stops.isEmpty()) {
            try {
                stops.pop().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("while stopping the file sources: {}", e.getMessage());
            }
        }
    }

    private void pollTools() {
        try {
            RowCounts counts = poller.pollOnce();
            LOG.info("tool inventory from {}: {} changed, {} unchanged", poller.toolsAddress(), counts.taken(),
                    counts.duplicates());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the tool inventory from {} ({}); trying again at the next poll",
                    poller.toolsAddress(), e.getMessage());
        } finally {
            imports.sourcesChanged();
        }
    }
}
