package org.floorwatch.localstore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second Java process running a main class from the test classpath, for lock and crash tests. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> mainClass, Path dataDir) throws IOException {
        return start(mainClass, dataDir.toString());
    }

    /** Runs {@code mainClass} with {@code args} in a JVM of its own, its output merged into one stream. */
    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    public long pid() {
        return process.pid();
    }

    /** The child's next line of output; fails if it ends without one. */
    public String readLine() throws IOException {
        String line = output.readLine();
        if (line == null) {
            throw new IllegalStateException("child process ended (exit " + waitForExit() + ") without saying more");
        }
        return line;
    }

    /** Closes the child's stdin and waits for it to end. */
    int closeInputAndWait() throws IOException {
        process.getOutputStream().close();
        return waitForExit();
    }

    /** Kills the child like {@code kill -9} and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
