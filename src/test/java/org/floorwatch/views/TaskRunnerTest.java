package org.floorwatch.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The task runner: work off the JavaFX thread, every ending and progress on it, cancel, close, order, names. */
@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {

    private final TaskRunner runner = new TaskRunner("test-tasks");

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void theWorkRunsOnTheNamedThreadAndItsResultArrivesOnTheFxThread() throws Exception {
        CompletableFuture<String> workedOn = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFx = new CompletableFuture<>();
        CompletableFuture<Integer> result = new CompletableFuture<>();

        runner.run(BackgroundTask.of(() -> {
            workedOn.complete(Thread.currentThread().getName());
            return 42;
        }).onSuccess(value -> {
            resultOnFx.complete(Platform.isFxApplicationThread());
            result.complete(value);
        }));

        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(42);
        assertThat(workedOn.get()).isEqualTo("test-tasks");
        assertThat(resultOnFx.get()).isTrue();
    }

    @Test
    void aFailureArrivesOnTheFxThreadAndNoResult() throws Exception {
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        AtomicBoolean succeeded = new AtomicBoolean();
        AtomicBoolean onFx = new AtomicBoolean();

        runner.run(BackgroundTask.<String>of(() -> {
            throw new IOException("disk gone");
        }).onSuccess(value -> succeeded.set(true)).onFailure(e -> {
            onFx.set(Platform.isFxApplicationThread());
            failure.complete(e);
        }));

        assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(onFx).isTrue();
        assertThat(succeeded).isFalse();
    }

    @Test
    void progressArrivesOnTheFxThreadEndingWithTheLatestValue() throws Exception {
        List<Double> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean offFx = new AtomicBoolean();
        CompletableFuture<Void> done = new CompletableFuture<>();

        runner.run(BackgroundTask.watching(control -> {
            for (int i = 1; i <= 1000; i++) {
                control.progress(i / 1000.0);
            }
            return null;
        }).onProgress(share -> {
            offFx.compareAndSet(false, !Platform.isFxApplicationThread());
            seen.add(share);
        }).onSuccess(nothing -> done.complete(null)));

        done.get(10, TimeUnit.SECONDS);
        assertThat(offFx).isFalse();
        assertThat(seen).isNotEmpty().isSorted().last().isEqualTo(1.0);
    }

    @Test
    void aTaskCancelledBeforeItsTurnNeverRunsAndEndsCancelled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        runner.run(BackgroundTask.of(() -> release.await(10, TimeUnit.SECONDS)));
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Boolean> cancelledOnFx = new CompletableFuture<>();

        BackgroundTask<Boolean> queued = runner.run(BackgroundTask.of(() -> ran.getAndSet(true))
                .onCancelled(() -> cancelledOnFx.complete(Platform.isFxApplicationThread())));
        queued.cancel();
        release.countDown();

        assertThat(cancelledOnFx.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isFalse();
    }

    @Test
    void workThatStopsWhenCancelledEndsCancelledNotFailed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> ending = new CompletableFuture<>();

        BackgroundTask<Void> task = runner.run(BackgroundTask.<Void>watching(control -> {
            started.countDown();
            while (!control.cancelled()) {
                Thread.onSpinWait();
            }
            throw new CancellationException();
        }).onSuccess(nothing -> ending.complete("success"))
                .onFailure(e -> ending.complete("failure"))
                .onCancelled(() -> ending.complete("cancelled")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        runner.cancelRunning();

        assertThat(ending.get(10, TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertThat(task.isCancelled()).isTrue();
    }

    @Test
    void tasksRunOneAtATimeInTheOrderGiven() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> last = new CompletableFuture<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            runner.run(BackgroundTask.of(() -> order.add(n)));
        }
        runner.run(BackgroundTask.of(() -> null).onSuccess(nothing -> last.complete(null)));

        last.get(10, TimeUnit.SECONDS);
        assertThat(order).isSorted().hasSize(20);
    }

    @Test
    void closingCancelsWhatIsQueuedAndRefusesNewWorkWhileTheRunningTaskEndsInPeace() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        runner.run(BackgroundTask.watching(control -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            sawCancel.set(control.cancelled());
            return null;
        }));
        AtomicBoolean queuedRan = new AtomicBoolean();
        CompletableFuture<Void> queuedCancelled = new CompletableFuture<>();
        runner.run(BackgroundTask.of(() -> queuedRan.getAndSet(true)).onCancelled(() -> queuedCancelled.complete(null)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        Thread releaser = new Thread(() -> {
            sleep(200);
            release.countDown();
        });
        releaser.start();
        assertThat(runner.close(Duration.ofSeconds(10))).as("waited for the running task").isTrue();
        CompletableFuture<Void> lateCancelled = new CompletableFuture<>();
        BackgroundTask<String> late = runner.run(BackgroundTask.of(() -> "never").onCancelled(() -> lateCancelled.complete(null)));

        queuedCancelled.get(10, TimeUnit.SECONDS);
        lateCancelled.get(10, TimeUnit.SECONDS);
        assertThat(sawCancel).as("the running task saw the cancel").isTrue();
        assertThat(queuedRan).isFalse();
        assertThat(late.isCancelled()).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
