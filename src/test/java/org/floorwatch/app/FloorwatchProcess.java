package org.floorwatch.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** {@code floorwatch.jar COMMAND ...} as a separate process on the test class path, to kill or wait for. */
final class FloorwatchProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final List<String> lines = new ArrayList<>();

    private FloorwatchProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static FloorwatchProcess start(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            return new FloorwatchProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads output until a line matches; fails if the process ends first. */
    String awaitLine(Predicate<String> wanted) throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            lines.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new IllegalStateException("process ended without the expected line; it said: " + lines);
    }

    /** Waits for the end and returns the exit status; everything it printed is in {@link #lines()}. */
    int waitFor(long seconds) throws IOException, InterruptedException {
        String line;
        while ((line = output.readLine()) != null) {
            lines.add(line);
        }
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("process did not end in " + seconds + " s; it said: " + lines);
        }
        return process.exitValue();
    }

    List<String> lines() {
        return lines;
    }

    /** Like {@code kill -9}. */
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
}
