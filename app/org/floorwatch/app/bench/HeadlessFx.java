package org.floorwatch.app.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * The JavaFX toolkit for the benches that draw, started once per process: headless (Monocle) with the software
 * pipeline, so the figures need no display and every pixel is drawn by the CPU, where it can be measured. The
 * virtual screen is 1920x1080 so the main window opens at its usual size.
 */
final class HeadlessFx {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static double startupSeconds = -1;

    private HeadlessFx() {
    }

    /** Starts the toolkit if it is not running yet; returns how long its start took (the first time it ran). */
    static synchronized double start() throws InterruptedException {
        if (startupSeconds >= 0) {
            return startupSeconds;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1920x1080-32");
        System.setProperty("prism.order", "sw");
        long began = System.nanoTime();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        startupSeconds = (System.nanoTime() - began) / 1e9;
        return startupSeconds;
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("work on the JavaFX thread failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer in " + WAIT.toSeconds() + " s", e);
        }
    }

    /** Runs {@code work} on the JavaFX thread and waits for it. */
    static void run(Runnable work) throws InterruptedException {
        call(() -> {
            work.run();
            return null;
        });
    }
}
