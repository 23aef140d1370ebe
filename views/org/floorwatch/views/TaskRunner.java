package org.floorwatch.views;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@link BackgroundTask}s one after the other, in the order given, on one daemon thread of its own named
 * after what it does (a thread dump says "report-queries", not "pool-3-thread-1"). This is how screens work off
 * the JavaFX thread: each view model owns a runner and closes it when it is disposed. Closing cancels what is
 * queued or running (the running work ends at its next check; nothing is interrupted, so a file or a transaction
 * is never cut half-way) and refuses new tasks: they end cancelled. Thread-safe.
 */
public final class TaskRunner implements AutoCloseable {

    private final String name;
    private final ExecutorService thread;
    private final Set<BackgroundTask<?>> unfinished = ConcurrentHashMap.newKeySet();
    private final AtomicReference<BackgroundTask<?>> running = new AtomicReference<>();
    private boolean closed;

    public TaskRunner(String name) {
        this.name = name;
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code task} after those already given; returns it, to cancel it. A closed runner cancels it. */
    public synchronized <T> BackgroundTask<T> run(BackgroundTask<T> task) {
        if (closed) {
            task.endCancelled();
            return task;
        }
        unfinished.add(task);
        thread.execute(() -> {
            running.set(task);
            try {
                task.run(name);
            } finally {
                running.set(null);
                unfinished.remove(task);
            }
        });
        return task;
    }

    /** Cancels the task running now, if any; those queued behind it run as planned. */
    public void cancelRunning() {
        BackgroundTask<?> now = running.get();
        if (now != null) {
            now.cancel();
        }
    }

    /** Cancels every queued and running task and lets the thread end; does not wait for it. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            thread.shutdown();
        }
        unfinished.forEach(BackgroundTask::cancel);
    }

    /** {@link #close}, then waits up to {@code wait} for the running task; false if it still runs. */
    public boolean close(Duration wait) throws InterruptedException {
        close();
        return thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String name() {
        return name;
    }
}
