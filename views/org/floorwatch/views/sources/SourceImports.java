package org.floorwatch.views.sources;

import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.BackgroundTask.Control;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.sources.ImportState.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file imports of the app, one at a time on a background thread of their own, whoever asks for them (the user
 * on the Sources screen, the demo's history): it keeps where the current one stands ({@link #state}), cancels it
 * between two files on request, and tells its listeners whenever that changes or the sources changed otherwise
 * (the inbox or the tools endpoint was read: see {@link #sourcesChanged}). Listeners are called on the thread that
 * changed something and must hand over to their own. Thread-safe.
 */
public final class SourceImports implements AutoCloseable {

    /** Lists the files of an import when its turn comes, e.g. after writing them. */
    @FunctionalInterface
    public interface FilesToImport {
        List<Path> list() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SourceImports.class);

    private final FileImports imports;
    private final TaskRunner thread = new TaskRunner("source-imports");
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<ImportState> state = new AtomicReference<>(ImportState.IDLE);
    private final AtomicInteger waiting = new AtomicInteger();

    public SourceImports(FileImports imports) {
        this.imports = imports;
    }

    /**
     * Queues an import of {@code paths} (files and folders) by {@code by}, titled as the screen shows it; each file
     * goes into the audit trail under their name.
     */
    public void importFiles(String title, List<Path> paths, Actor by) {
        List<Path> copy = List.copyOf(paths);
        queue(title, "listing the files\u2026", () -> copy, by);
    }

    /**
     * Queues an import whose files are only known when its turn comes; meanwhile the screen shows
     * {@code preparing}. A failure to list them ends the import with its message. An automatic import (the demo's
     * history): the audit trail does not keep it.
     */
    public void importPrepared(String title, String preparing, FilesToImport files) {
        queue(title, preparing, files, null);
    }

    private void queue(String title, String preparing, FilesToImport files, Actor by) {
        waiting.incrementAndGet();
        BackgroundTask<Void> task = thread.run(BackgroundTask.watching(control -> {
            run(title, preparing, files, by, control);
            return null;
        }));
        if (task.isCancelled()) {
            waiting.decrementAndGet();
        } else {
            update(s -> s.running() ? s.waiting(waiting.get()) : s);
        }
    }

    /** Runs {@code work} on the imports' thread once the imports queued before it are over (done or not). */
    public void afterImports(Runnable work) {
        thread.run(BackgroundTask.of(() -> {
            work.run();
            return null;
        }));
    }

    /** Cancels the import under way: it stops before its next file (the file being read goes in whole). */
    public void cancel() {
        thread.cancelRunning();
    }

    public ImportState state() {
        return state.get();
    }

    /** Tells the listeners that sources were read outside these imports (the inbox, the tools endpoint). */
    public void sourcesChanged() {
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Cancels the import under way, drops the queued ones and waits for the file being read. */
    @Override
    public void close() {
        try {
            if (!thread.close(Duration.ofMinutes(1))) {
                LOG.warn("an import was still reading a file when the app stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(String title, String preparing, FilesToImport files, Actor by, Control task) {
        int behind = waiting.decrementAndGet();
        update(s -> ImportState.preparing(title, preparing, behind));
        long started = System.nanoTime();
        try {
            List<Path> paths = files.list();
            if (!task.cancelled()) {
                imports.importFiles(paths, by, new Progress(), task::cancelled);
            }
            update(s -> s.ended(task.cancelled() && (s.filesDone() < s.filesTotal() || s.phase() == Phase.PREPARING)
                    ? Phase.CANCELLED : Phase.DONE, ""));
            LOG.info("{} (in {} s)", state.get().line(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("{} stopped: {}", title, why);
            LOG.debug("{} stopped", title, e);
            update(s -> s.ended(Phase.FAILED, why));
        }
    }

    private void update(UnaryOperator<ImportState> change) {
        state.updateAndGet(change);
        listeners.forEach(Runnable::run);
    }

    /** Folds one import's progress into the state. */
    private final class Progress implements ImportProgress {

        @Override
        public void filesFound(int files) {
            update(s -> s.reading(files));
        }

        @Override
        public void fileStarted(Path file) {
            update(s -> s.at(String.valueOf(file.getFileName())));
        }

        @Override
        public void fileDone(ImportedFile file) {
            update(s -> s.plus(file));
        }
    }
}
