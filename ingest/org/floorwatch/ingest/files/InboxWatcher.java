package org.floorwatch.ingest.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an inbox folder (and its subfolders) and imports new and changed files on its own, one at a time, on a
 * background thread, telling {@code listener} what each import did. It polls (default every 5 s) rather than
 * using a {@code WatchService}, which misses changes on some network and container file systems. A file is
 * imported once its size and modification time are the same on two polls in a row, so a file still being copied
 * is not read half-way. Only files Floorwatch reads are watched (see {@link ImportOrder}). Files already read by
 * an earlier run and unchanged since are not read again. A file that grew is read from where it was left (see
 * {@link FileImporter}). Nothing escapes the loop: failures are logged and the next poll goes on.
 */
public final class InboxWatcher implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final FileImporter importer;
    private final Consumer<FileImportResult> listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread t = new Thread(work, "floorwatch-inbox");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, Stamp> seen = new HashMap<>();
    private final Map<Path, Stamp> imported = new HashMap<>();

    public InboxWatcher(Path inbox, FileImporter importer, Consumer<FileImportResult> listener) {
        this.inbox = inbox;
        this.importer = importer;
        this.listener = listener;
    }

    /** Starts polling every {@code interval}, the first poll at once. */
    public void start(Duration interval) {
        thread.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling; an import under way finishes first. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("could not look into the inbox {}; trying again at the next poll", inbox, e);
        }
    }

    private void poll() {
        if (!Files.isDirectory(inbox)) {
            return;
        }
        Map<Path, Stamp> now = stamps();
        List<Path> ready = ImportOrder.files(now.entrySet().stream()
                .filter(e -> e.getValue().equals(seen.get(e.getKey())) && !e.getValue().equals(imported.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList());
        seen.clear();
        seen.putAll(now);
        imported.keySet().retainAll(now.keySet());
        for (Path file : ready) {
            importOne(file, now.get(file));
        }
    }

    private void importOne(Path file, Stamp stamp) {
        try {
            boolean firstSight = !imported.containsKey(file);
            imported.put(file, stamp);
            if (firstSight && importer.alreadyRead(file)) {
                return;
            }
            FileImportResult result = importer.importFile(file);
            if (result.refused()) {
                LOG.warn("{}", result.refusal().getMessage());
            }
            listener.accept(result);
        } catch (RuntimeException e) {
            LOG.error("could not import {}; it is tried again when it changes", file, e);
        }
    }

    private Map<Path, Stamp> stamps() {
        Map<Path, Stamp> stamps = new HashMap<>();
        try (Stream<Path> walk = Files.walk(inbox)) {
            walk.filter(Files::isRegularFile).filter(f -> ImportOrder.isImportable(inbox.relativize(f))).forEach(file -> {
                try {
                    stamps.put(file, new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
                } catch (IOException e) {
                    LOG.debug("{} vanished while the inbox was read", file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not list the inbox {}: {}", inbox, e.getMessage());
        }
        return stamps;
    }

    /** A file's size and modification time as last seen. */
    private record Stamp(long size, long modifiedMillis) {
    }
}
