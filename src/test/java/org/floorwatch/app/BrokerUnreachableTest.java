package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.floorwatch.app.cli.FloorwatchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consume} on a port nothing listens on: said within seconds, retried, and exit 1 for a run that never got there. */
class BrokerUnreachableTest {

    @TempDir
    Path dir;

    @Test
    void saysWithinSecondsThatTheBrokerCannotBeReachedKeepsTryingAndEndsWithStatusOne() throws Exception {
        String servers = "127.0.0.1:" + portNobodyListensOn();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> FloorwatchCommand.execute(
                new PrintWriter(out, true), new PrintWriter(err, true),
                "consume", "--kafka", servers, "--data", dir.resolve("data").toString(), "--idle-exit", "12"));
        while (!err.toString().contains("\n") && !run.isDone() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30)) {
            Thread.sleep(50);
        }
        Duration toFirstWord = Duration.ofNanos(System.nanoTime() - started);
        boolean stillTrying = !run.isDone();
        int status = run.get(60, TimeUnit.SECONDS);

        assertThat(err.toString()).startsWith("floorwatch: cannot reach Kafka at " + servers + ", retrying\n");
        assertThat(toFirstWord).as("said within seconds").isLessThan(Duration.ofSeconds(10));
        assertThat(stillTrying).as("still trying after saying so").isTrue();
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("floorwatch: cannot reach Kafka at " + servers + ", retrying\n"
                + "floorwatch: never reached Kafka at " + servers + "; nothing was read\n");
        assertThat(out.toString()).isEqualTo("imported: 0 new, 0 duplicate, 0 quarantined, 0 refused\n");
    }

    static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
