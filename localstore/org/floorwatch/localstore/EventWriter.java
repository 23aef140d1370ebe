package org.floorwatch.localstore;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's single writer: one connection, one thread. Batches are queued and committed in the order they
 * were submitted, each as one transaction; a failed batch leaves nothing behind.
 */
public final class EventWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventWriter.class);
    private static final String THREAD_NAME = "floorwatch-store-writer";

    private final DuckDBConnection connection;
    private final BatchCommitter committer;
    private volatile Thread writerThread;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(this::newWriterThread);
    private final List<Consumer<CommitResult>> listeners = new CopyOnWriteArrayList<>();

    EventWriter(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        this.committer = new BatchCommitter(connection);
    }

    /**
     * Queues a batch. The future completes once it is committed (after the commit listeners ran), or
     * exceptionally with a {@link StoreException} if it was rolled back or the writer is closed.
     */
    public CompletableFuture<CommitResult> submit(IngestBatch batch) {
        try {
            return CompletableFuture.supplyAsync(() -> commit(batch), thread);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new StoreException("the local store is closed", e));
        }
    }

    /** Submits a batch and waits for its commit; throws {@link StoreException} if it was rolled back. */
    public CommitResult write(IngestBatch batch) {
        if (Thread.currentThread() == writerThread) {
            throw new IllegalStateException("write() called from a commit listener would wait for itself");
        }
        try {
            return submit(batch).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Queues other work for the writer thread, run inside one SQL {@code BEGIN}/{@code COMMIT}; on failure it
     * is rolled back whole and the future completes with a {@link StoreException}.
     */
    public <T> CompletableFuture<T> submitWork(String what, StoreWork<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> inTransaction(what, work), thread);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new StoreException("the local store is closed", e));
        }
    }

    /** Calls {@code listener} on the writer thread after each commit, with what that commit stored. */
    public void addCommitListener(Consumer<CommitResult> listener) {
        listeners.add(listener);
    }

    /** Stops calling {@code listener}; a commit already under way may still call it once. */
    public void removeCommitListener(Consumer<CommitResult> listener) {
        listeners.remove(listener);
    }

    /** Commits every batch already submitted, then stops the writer and closes its connection. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.info("waiting for the local store to finish writing");
            }
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while closing the local store", e);
        } catch (SQLException e) {
            throw new StoreException("could not close the local store: " + e.getMessage(), e);
        }
    }

    private Thread newWriterThread(Runnable work) {
        writerThread = new Thread(work, THREAD_NAME);
        return writerThread;
    }

    private <T> T inTransaction(String what, StoreWork<T> work) {
        try {
            execute("BEGIN TRANSACTION");
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("could not store " + what + " (nothing of it was stored): " + e.getMessage(), e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private CommitResult commit(IngestBatch batch) {
        CommitResult result;
        try {
            result = committer.commit(batch);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("could not store a batch of " + batch.events().size() + " events (nothing of it "
                    + "was stored): " + e.getMessage(), e);
        }
        if (batch.isEmpty()) {
            return result;
        }
        for (Consumer<CommitResult> listener : listeners) {
            try {
                listener.accept(result);
            } catch (RuntimeException e) {
                LOG.error("a commit listener failed; the batch stays committed", e);
            }
        }
        return result;
    }
}
