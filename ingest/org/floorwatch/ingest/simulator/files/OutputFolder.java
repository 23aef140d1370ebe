package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder the files go to, and where each lands in it: one folder per production day
 * ({@code yyyy-MM-dd}), the site-wide files at the top, files meant to be refused under {@code bad/}.
 * Remembers every file it handed out, to sum them up at the end.
 */
final class OutputFolder {

    private final Path root;
    private final List<Path> written = new ArrayList<>();

    /** Creates {@code root} if needed; it must be empty, so that a run's files are never mixed with others. */
    OutputFolder(Path root) throws IOException {
        this.root = root;
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is a file, not a folder");
        }
        Files.createDirectories(root);
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(root + " is not empty; give a new or empty folder");
            }
        }
    }

    Path root() {
        return root;
    }

    /** A file in the folder of production day {@code day}. */
    Path day(LocalDate day, String name) throws IOException {
        return file(root.resolve(day.toString()), name);
    }

    /** A site-wide file at the top of the folder. */
    Path top(String name) throws IOException {
        return file(root, name);
    }

    /** A file that an importer must refuse. */
    Path bad(String name) throws IOException {
        return file(root.resolve("bad"), name);
    }

    /** A name (of a shift, say) made fit for a file name: anything but letters, digits and '-' becomes '-'. */
    static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9-]", "-");
    }

    int files() {
        return written.size();
    }

    long bytes() {
        return written.stream().mapToLong(OutputFolder::size).sum();
    }

    private Path file(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        written.add(file);
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
