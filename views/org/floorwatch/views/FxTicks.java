package org.floorwatch.views;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/**
 * Work on the JavaFX thread at a steady period without keeping the JavaFX pulse running. A playing Timeline or
 * AnimationTimer makes JavaFX run a pulse 60 times a second, however long its own period, and a pulse costs CPU
 * even when it draws nothing; here a timer thread asks whether work is due and only then posts it to the JavaFX
 * thread, so a screen where nothing changes costs nothing. At most one run is queued at a time.
 */
public final class FxTicks {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "fx-ticks");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration period;
    private final BooleanSupplier due;
    private final Runnable work;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;
    private ScheduledFuture<?> timer;

    private FxTicks(Duration period, BooleanSupplier due, Runnable work) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A tick needs a period above zero, not " + period);
        }
        this.period = period;
        this.due = due;
        this.work = work;
    }

    /** {@code work} on the JavaFX thread once every {@code period} while started. */
    public static FxTicks every(Duration period, Runnable work) {
        return new FxTicks(period, () -> true, work);
    }

    /**
     * Asks {@code due} every {@code period} on the timer thread (so it must be cheap and safe off the JavaFX
     * thread) and runs {@code work} on the JavaFX thread when it says yes.
     */
    public static FxTicks whenDue(Duration period, BooleanSupplier due, Runnable work) {
        return new FxTicks(period, due, work);
    }

    /** Starts ticking (the first check one period from now); JavaFX thread. Starting twice is harmless. */
    public void start() {
        FxThread.require();
        if (timer != null) {
            return;
        }
        running = true;
        long nanos = period.toNanos();
        timer = TIMER.scheduleAtFixedRate(this::check, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    /** Stops ticking; a run already queued does not happen. JavaFX thread. */
    public void stop() {
        FxThread.require();
        running = false;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** A question that fails counts as due: the work then runs, and fails where it can be seen. */
    private boolean isDue() {
        try {
            return due.getAsBoolean();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private void check() {
        if (!running || queued.get() || !isDue() || !queued.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            queued.set(false);
            if (running) {
                work.run();
            }
        });
    }
}
