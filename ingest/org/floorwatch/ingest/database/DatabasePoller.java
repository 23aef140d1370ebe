package org.floorwatch.ingest.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.StoreWork;
import org.floorwatch.localstore.orders.DatabaseSources;
import org.floorwatch.localstore.orders.OrderKind;

/**
 * Polls one database source: for each kind it has a query for, reads the rows updated since the stored watermark
 * ({@link PollQuery}) and stores them in batches through the single writer, each batch with its watermark in the
 * same transaction ({@link QueryRead}), so a kill -9 anywhere neither loses nor repeats a change. Keeps one
 * connection and opens a new one after a failure. A failure is recorded in the store (the Sources screen shows it)
 * and thrown as one line without the password. Not thread-safe: one poller per thread.
 */
public final class DatabasePoller implements AutoCloseable {

    static final int CHUNK = 500;

    private final DatabaseSource source;
    private final OrderRules rules;
    private final EventWriter writer;
    private final Clock clock;
    private final DatabaseLogin login;
    private Connection connection;

    public DatabasePoller(DatabaseSource source, FloorPlan plan, EventWriter writer) {
        this(source, plan, writer, Clock.systemUTC());
    }

    DatabasePoller(DatabaseSource source, FloorPlan plan, EventWriter writer, Clock clock) {
        this.source = source;
        this.rules = new OrderRules(plan);
        this.writer = writer;
        this.clock = clock;
        this.login = new DatabaseLogin(source.url(), source.user(), source.password());
    }

    public DatabaseSource source() {
        return source;
    }

    /**
     * Reads every kind once; returns what was stored.
     *
     * @throws DatabaseException if the database cannot be reached or a query fails (recorded in the store too)
     */
    public ImportSummary pollOnce() {
        ImportSummary summary = new ImportSummary();
        for (Map.Entry<OrderKind, String> query : source.queries().entrySet()) {
            try (QueryRead read = start(query.getKey(), CHUNK)) {
                for (IngestBatch batch = read.next(); batch != null; batch = read.next()) {
                    summary.add(writer.write(batch));
                }
            } catch (SQLException e) {
                throw failed(query.getKey(), login.failure(e));
            } catch (DatabaseException e) {
                throw failed(query.getKey(), e);
            }
            rollbackQuietly();
        }
        return summary;
    }

    /** Starts reading {@code kind} after its stored watermark (tests store the batches themselves). */
    QueryRead start(OrderKind kind, int chunk) throws SQLException {
        Connection open = connection();
        String query = source.queries().get(kind);
        boolean zoned = checkColumns(open, kind, query);
        Watermark after = stored(kind);
        return QueryRead.start(open, source.name(), kind, query, rules, clock, source.settle(), zoned, after, chunk);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone already
            }
            connection = null;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection opened = login.connect();
            opened.setAutoCommit(false); // so PostgreSQL streams the rows with the fetch size
            connection = opened;
        }
        return connection;
    }

    /** Checks the query's columns; returns whether {@code updated_at} has a zone. */
    private boolean checkColumns(Connection open, OrderKind kind, String query) throws SQLException {
        try (Statement probe = open.createStatement();
             var rs = probe.executeQuery(PollQuery.probe(query))) {
            ResultRows columns = new ResultRows(rs, rules.plan().timezone());
            List<String> needed = new java.util.ArrayList<>(OrderRules.COLUMNS.get(kind));
            needed.add("updated_at");
            List<String> missing = columns.missing(needed);
            if (!missing.isEmpty()) {
                throw new DatabaseException("the " + kind.code() + " query of database " + source.name()
                        + " gives no column(s) " + missing, false);
            }
            if (!columns.isTimestamp("updated_at")) {
                throw new DatabaseException("the " + kind.code() + " query of database " + source.name()
                        + ": updated_at must be a timestamp column", false);
            }
            return columns.zoned("updated_at");
        }
    }

    private Watermark stored(OrderKind kind) {
        return store(c -> DatabaseSources.watermark(c, source.name(), kind))
                .map(mark -> Watermark.parse(mark.watermark(), mark.lastKey())).orElse(null);
    }

    private DatabaseException failed(OrderKind kind, DatabaseException failure) {
        close();
        String status = failure.unreachable() ? DatabaseSources.UNREACHABLE : DatabaseSources.QUERY_FAILED;
        Instant at = clock.instant();
        store(c -> {
            DatabaseSources.recordFailure(c, source.name(), kind, status, failure.getMessage(), at);
            return null;
        });
        return failure;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            close();
        }
    }

    private <T> T store(StoreWork<T> work) {
        try {
            return writer.submitWork("database " + source.name(), work).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
