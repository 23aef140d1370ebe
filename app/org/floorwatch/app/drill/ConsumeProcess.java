package org.floorwatch.app.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.floorwatch.app.Main;

/**
 * {@code floorwatch consume ...} in a child JVM (this Java, this class path) whose output is read line by line, to
 * wait for, or to kill like {@code kill -9}. The child logs to its console (see {@code child-logback.xml}), so
 * the drill can tell when its first batch is stored.
 */
final class ConsumeProcess implements AutoCloseable {

    private static final String LOG_CONFIG = "org/floorwatch/app/drill/child-logback.xml";
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();

    private ConsumeProcess(Process process) {
        this.process = process;
        Thread pump = new Thread(this::pumpOutput, "drill-child-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code consume} with these arguments. */
    static ConsumeProcess start(List<String> consumeArgs) {
        return start(consumeArgs, "INFO");
    }

    /** Starts {@code consume} with these arguments, saying {@code read N records} after each batch it stores. */
    static ConsumeProcess startReportingProgress(List<String> consumeArgs) {
        return start(consumeArgs, "DEBUG");
    }

    private static ConsumeProcess start(List<String> consumeArgs, String progressLevel) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlogback.configurationFile=" + LOG_CONFIG, "-Dfloorwatch.drill.progress=" + progressLevel,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "consume"));
        command.addAll(consumeArgs);
        try {
            return new ConsumeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child Java process: " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** The first line (from now on) that matches, or empty if the child ended or stayed silent for {@code timeout}. */
    Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = output.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                if (line != null) {
                    output.add(END);
                }
                return Optional.empty();
            }
            lines.add(line);
            if (wanted.test(line)) {
                return Optional.of(line);
            }
        }
    }

    /** Waits for the end (killing the child after {@code timeout}); returns its exit status, or empty if it was killed. */
    Optional<Integer> waitFor(Duration timeout) throws InterruptedException {
        awaitLine(line -> false, timeout);
        if (!process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
            kill();
            return Optional.empty();
        }
        return Optional.of(process.exitValue());
    }

    /** Everything the child printed and was read so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The last few lines read, on one line, for a message. */
    String tail() {
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    /** Like {@code kill -9}: no shutdown hook, no clean close; returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pumpOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            // the child is gone; what it said is in the queue
        } finally {
            output.add(END);
        }
    }
}
