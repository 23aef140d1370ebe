package org.floorwatch.views;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of work for a {@link TaskRunner}: it runs on the runner's thread, never on the JavaFX thread, and what
 * it reports comes back on the JavaFX thread: its result ({@link #onSuccess}), its failure ({@link #onFailure}),
 * that it was cancelled ({@link #onCancelled}), and its progress meanwhile ({@link #onProgress}, only the latest
 * value when the screen lags). Exactly one of the three endings is delivered, and only callbacks that were set
 * touch the JavaFX thread, so a task without them runs headless.
 *
 * <p>{@link #cancel} asks the work to stop: a task cancelled before it starts never runs; work that sees
 * {@link Control#cancelled} stops by throwing {@link CancellationException}; work that returns has succeeded, even
 * when a cancel came too late to stop it (the file was written). Set the callbacks before handing the task to a
 * runner; a task runs once.
 */
public final class BackgroundTask<T> {

    /** The work, given the means to report progress and to see that it was cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Control control) throws Exception;
    }

    /** What the work sees of its task. Thread-safe. */
    public interface Control {

        /** Whether the task was cancelled: the work stops soon by throwing {@link CancellationException}. */
        boolean cancelled();

        /** The share done, 0 to 1. */
        void progress(double done);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicLong progressBits = new AtomicLong();
    private final AtomicBoolean progressQueued = new AtomicBoolean();
    private volatile Consumer<? super T> onSuccess;
    private volatile Consumer<Exception> onFailure;
    private volatile Runnable onCancelled;
    private volatile DoubleConsumer onProgress;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Work that reports no progress. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(control -> work.call());
    }

    /** Work that reports progress or stops when cancelled. */
    public static <T> BackgroundTask<T> watching(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Called on the JavaFX thread with the result once the work returned. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> then) {
        onSuccess = Objects.requireNonNull(then, "then");
        return this;
    }

    /** Called on the JavaFX thread when the work threw, unless the task was cancelled; without it the runner logs. */
    public BackgroundTask<T> onFailure(Consumer<Exception> then) {
        onFailure = Objects.requireNonNull(then, "then");
        return this;
    }

    /** Called on the JavaFX thread once the task ended cancelled (or its runner was closed before it ran). */
    public BackgroundTask<T> onCancelled(Runnable then) {
        onCancelled = Objects.requireNonNull(then, "then");
        return this;
    }

    /** Called on the JavaFX thread with the share done, 0 to 1; progress reported faster is dropped but the latest. */
    public BackgroundTask<T> onProgress(DoubleConsumer then) {
        onProgress = Objects.requireNonNull(then, "then");
        return this;
    }

    /** Asks the task to stop; it ends cancelled. Any thread. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs the work on the calling thread (the runner's) and delivers how it ended. */
    void run(String runner) {
        if (cancelled.get()) {
            endCancelled();
            return;
        }
        T result;
        try {
            result = work.call(new TaskControl());
        } catch (CancellationException e) {
            cancelled.set(true);
            endCancelled();
            return;
        } catch (Exception e) {
            if (cancelled.get()) {
                endCancelled();
            } else {
                endFailed(runner, e);
            }
            return;
        }
        if (ended.compareAndSet(false, true) && onSuccess != null) {
            Consumer<? super T> then = onSuccess;
            FxThread.run(() -> then.accept(result));
        }
    }

    /** Ends the task cancelled, once. */
    void endCancelled() {
        cancelled.set(true);
        if (ended.compareAndSet(false, true) && onCancelled != null) {
            FxThread.run(onCancelled);
        }
    }

    private void endFailed(String runner, Exception e) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        Consumer<Exception> then = onFailure;
        if (then == null) {
            LOG.warn("a task on {} failed: {}", runner, e.getMessage());
            LOG.debug("a task on {} failed", runner, e);
        } else {
            FxThread.run(() -> then.accept(e));
        }
    }

    private final class TaskControl implements Control {

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void progress(double done) {
            DoubleConsumer then = onProgress;
            if (then == null) {
                return;
            }
            progressBits.set(Double.doubleToRawLongBits(done));
            if (progressQueued.compareAndSet(false, true)) {
                FxThread.run(() -> {
                    progressQueued.set(false);
                    then.accept(Double.longBitsToDouble(progressBits.get()));
                });
            }
        }
    }
}
