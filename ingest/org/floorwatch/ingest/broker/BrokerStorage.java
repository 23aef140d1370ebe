package org.floorwatch.ingest.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.floorwatch.floorplan.FileTrouble;

/**
 * The broker's data directory, claimed for one broker at a time. KRaft refuses to start on an unformatted directory,
 * so it is formatted once with a fresh cluster id; {@code meta.properties} then keeps that id, and later starts reuse
 * the topics and records. Formatting goes through Kafka's own storage tool ({@code kafka-storage format}).
 */
final class BrokerStorage {

    private static final String META_PROPERTIES = "meta.properties";
    private static final String KAFKA_LOCK_FILE = ".lock";
    private static final Set<Path> CLAIMED_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;

    private BrokerStorage(Path directory) {
        this.directory = directory;
    }

    /**
     * Creates the directory if needed and makes sure no other broker uses it. Kafka itself notices a second broker
     * only after that broker's controller has opened the metadata log, and then hangs on shutdown, so this comes first.
     */
    static BrokerStorage claim(Path dataDir) {
        Path directory = createDirectories(dataDir);
        if (!CLAIMED_IN_THIS_JVM.add(directory)) {
            throw inUse(directory);
        }
        BrokerStorage storage = new BrokerStorage(directory);
        try {
            requireNotLockedByAnotherProcess(directory);
            return storage;
        } catch (RuntimeException e) {
            storage.release();
            throw e;
        }
    }

    /** Formats the directory for a broker with these settings, unless an earlier start already did. */
    void formatIfNew(Properties settings) {
        if (!Files.exists(directory.resolve(META_PROPERTIES))) {
            format(directory, settings);
        }
    }

    Path directory() {
        return directory;
    }

    void release() {
        CLAIMED_IN_THIS_JVM.remove(directory);
    }

    private static Path createDirectories(Path dataDir) {
        try {
            return Files.createDirectories(dataDir).toRealPath();
        } catch (FileAlreadyExistsException e) {
            throw new BrokerException("the broker data directory " + dataDir + " is a file, not a directory", e);
        } catch (IOException e) {
            throw new BrokerException("cannot create the broker data directory " + dataDir + ": " + FileTrouble.of(e), e);
        }
    }

    private static void requireNotLockedByAnotherProcess(Path directory) {
        try (FileChannel channel = FileChannel.open(directory.resolve(KAFKA_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(directory);
            }
        } catch (IOException e) {
            throw new BrokerException("cannot lock the broker data directory " + directory + ": " + FileTrouble.of(e), e);
        }
    }

    private static BrokerException inUse(Path directory) {
        return new BrokerException("the broker data directory " + directory + " is in use by another broker");
    }

    private static void format(Path directory, Properties settings) {
        Path settingsFile = null;
        int exitCode;
        try {
            settingsFile = Files.createTempFile("floorwatch-broker-", ".properties");
            try (Writer writer = Files.newBufferedWriter(settingsFile)) {
                settings.store(writer, null);
            }
            String[] command = {"format", "--config", settingsFile.toString(),
                    "--cluster-id", Uuid.randomUuid().toString()};
            exitCode = StorageTool.execute(command, new PrintStream(OutputStream.nullOutputStream()));
        } catch (IOException | RuntimeException e) {
            throw new BrokerException("cannot format the broker data directory " + directory + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(settingsFile);
        }
        if (exitCode != 0) {
            throw new BrokerException("cannot format the broker data directory " + directory);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file of broker settings is harmless and the OS cleans it up
            }
        }
    }
}
