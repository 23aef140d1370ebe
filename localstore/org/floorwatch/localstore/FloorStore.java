package org.floorwatch.localstore;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.floorwatch.floorplan.FileTrouble;

/**
 * The local store: one DuckDB file, {@value #FILE_NAME}, in a data folder, holding every accepted event,
 * the quarantine and the Kafka offsets. It has one {@link EventWriter} and one {@link StoreReader}. A data
 * folder can be open in one Floorwatch at a time.
 *
 * <p>Events are deduplicated per kind by id (a move and a heat reading may share one), keeping the first
 * received; quarantined records by their source key. Times are kept as UTC instants to the microsecond.
 */
public final class FloorStore implements AutoCloseable {

    public static final String FILE_NAME = "floorwatch.duckdb";

    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final EventWriter writer;
    private final StoreReader reader;
    private final DuckDBConnection readerSource;

    private FloorStore(Path dataDir, EventWriter writer, StoreReader reader, DuckDBConnection readerSource) {
        this.dataDir = dataDir;
        this.readerSource = readerSource;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Opens the store in {@code dataDir}, creating the folder and the store as needed and bringing its schema
     * up to date.
     *
     * @throws StoreLockedException if another Floorwatch has the folder open
     * @throws StoreException       if the store cannot be opened for another reason
     */
    public static FloorStore open(Path dataDir) {
        Path folder = createFolder(dataDir);
        if (!OPEN_IN_THIS_PROCESS.add(folder)) {
            throw new StoreLockedException("data folder " + folder + " is already open in this Floorwatch; "
                    + "close it or choose another --data folder", null);
        }
        try {
            DuckDBConnection connection = connect(folder);
            try {
                SchemaMigrations.migrate(connection, "data folder " + folder);
                DuckDBConnection readerSource = (DuckDBConnection) connection.duplicate();
                return new FloorStore(folder, new EventWriter(connection), new StoreReader(readerSource), readerSource);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            OPEN_IN_THIS_PROCESS.remove(folder);
            throw new StoreException("cannot open the local store in data folder " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(folder);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The store's single writer. */
    public EventWriter writer() {
        return writer;
    }

    /** Read-only queries on what was committed. */
    public StoreReader reader() {
        return reader;
    }

    /**
     * A new read connection for queries that need SQL of their own (reports, screens); the caller closes it.
     * It sees what the writer committed, never a batch half-way.
     */
    public java.sql.Connection newReadConnection() {
        try {
            return readerSource.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a read connection on " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Commits every batch already submitted, then closes the store and frees its data folder. */
    @Override
    public void close() {
        try {
            writer.close();
            reader.close();
        } finally {
            OPEN_IN_THIS_PROCESS.remove(dataDir);
        }
    }

    private static Path createFolder(Path dataDir) {
        try {
            return DataFolder.prepare(dataDir).toRealPath();
        } catch (IOException e) {
            throw new StoreException("cannot create data folder " + dataDir.toAbsolutePath() + ": " + FileTrouble.of(e), e);
        }
    }

    private static DuckDBConnection connect(Path folder) throws SQLException {
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(FILE_NAME));
        } catch (SQLException e) {
            Matcher holder = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
            if (holder.find()) {
                throw new StoreLockedException("data folder " + folder + " is in use by another Floorwatch (process "
                        + holder.group(2) + ": " + holder.group(1) + "); close it or choose another --data folder", e);
            }
            throw e;
        }
    }

    private static void closeQuietly(DuckDBConnection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
