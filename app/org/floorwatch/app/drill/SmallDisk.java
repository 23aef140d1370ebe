package org.floorwatch.app.drill;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of its own (a tmpfs mounted on an empty folder; needs root where mounting is allowed) that
 * can be filled to the last byte and freed again. Unmounted on close.
 */
final class SmallDisk implements AutoCloseable {

    private static final String FILLER = "filler";

    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code megabytes} MB on {@code root} (created empty if missing). */
    static SmallDisk mount(Path root, int megabytes) throws InterruptedException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String failure = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", root.toString()));
        if (failure != null) {
            throw new DrillException("cannot mount a " + megabytes + " MB tmpfs on " + root + " (" + failure
                    + "); the full-disk drill needs root on a machine that allows mounting");
        }
        return new SmallDisk(root);
    }

    Path root() {
        return root;
    }

    /** Writes a filler file until the file system is full; returns the bytes it took. */
    long fill() {
        byte[] block = new byte[64 * 1024];
        long written = 0;
        try (OutputStream filler = Files.newOutputStream(root.resolve(FILLER))) {
            while (true) {
                filler.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            return written + fillLastBytes();
        }
    }

    /** Deletes the filler file. */
    void free() {
        try {
            Files.deleteIfExists(root.resolve(FILLER));
            Files.deleteIfExists(root.resolve(FILLER + ".tail"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        String failure = run(List.of("umount", root.toString()));
        if (failure != null) {
            throw new DrillException("cannot unmount " + root + " (" + failure + ")");
        }
    }

    /** What is left after the 64 KB blocks: byte by byte into a second file. */
    private long fillLastBytes() {
        long written = 0;
        try (OutputStream tail = Files.newOutputStream(root.resolve(FILLER + ".tail"))) {
            while (true) {
                tail.write(0);
                tail.flush();
                written++;
            }
        } catch (IOException full) {
            return written;
        }
    }

    /** Runs a system command; returns null if it succeeded, else what it said. */
    private static String run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not end";
            }
            return process.exitValue() == 0 ? null : said.isEmpty() ? "exit status " + process.exitValue() : said;
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
