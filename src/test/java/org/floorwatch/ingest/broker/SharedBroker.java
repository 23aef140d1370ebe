package org.floorwatch.ingest.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One built-in broker per test JVM, started on first use in a temporary directory and stopped when the JVM exits.
 * Tests share it, so each test names its topics with {@link #topicPrefix(String)} to stay out of the others' way.
 */
public final class SharedBroker {

    private static EmbeddedBroker broker;

    private SharedBroker() {
    }

    public static synchronized EmbeddedBroker get() {
        if (broker == null) {
            Path dataDir = createTempDir("floorwatch-shared-broker-");
            EmbeddedBroker started = EmbeddedBroker.start(0, dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteTree(dataDir);
            }, "shared-broker-shutdown"));
            broker = started;
        }
        return broker;
    }

    /** A topic-name prefix no other test uses, e.g. {@code "replay-3f9c2a71-"}; {@code label} says whose topics they are. */
    public static String topicPrefix(String label) {
        String safeLabel = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return safeLabel + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static Path createTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a leftover temp directory is harmless
        }
    }
}
