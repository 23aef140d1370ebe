package org.floorwatch.localstore.lake;

import io.delta.kernel.DataWriteContext;
import io.delta.kernel.Operation;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.Transaction;
import io.delta.kernel.TransactionBuilder;
import io.delta.kernel.TransactionCommitResult;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.hook.PostCommitHook;
import io.delta.kernel.statistics.DataFileStatistics;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One table's Delta log, read and written by Delta Kernel only. What the table has been exported up to is kept in
 * the table itself, as the version of Floorwatch's application transaction ({@code txn} action, {@value #APP_ID}):
 * it is committed in the same atomic log entry as the data, so a kill at any point never leaves the two apart.
 */
final class DeltaLog {

    /** The application id of Floorwatch's {@code txn} actions; the version is the store's last exported seq. */
    static final String APP_ID = "floorwatch";
    private static final String ENGINE_INFO = "Floorwatch";
    private static final Logger LOG = LoggerFactory.getLogger(DeltaLog.class);

    private final Engine engine;
    private final LakeTable table;
    private final Path folder;
    private final Table delta;

    DeltaLog(Engine engine, LakeTable table, Path folder) {
        this.engine = engine;
        this.table = table;
        this.folder = folder;
        this.delta = Table.forPath(engine, folder.toUri().toString());
    }

    LakeTable table() {
        return table;
    }

    Path folder() {
        return folder;
    }

    /** The latest version, or empty when the folder holds no table yet. */
    Optional<Snapshot> latest() {
        try {
            return Optional.of(delta.getLatestSnapshot(engine));
        } catch (TableNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The store seq the table holds every event up to (0: nothing). */
    long exportedUpTo(Optional<Snapshot> snapshot) {
        return snapshot.flatMap(s -> s.getLatestTransactionVersion(engine, APP_ID)).orElse(0L);
    }

    List<KernelFileActions.ActiveFile> activeFiles(Snapshot snapshot) {
        return KernelFileActions.activeFiles(engine, snapshot);
    }

    /**
     * Commits one new version on top of {@code base}: the removes, then an add for each file, and the transaction
     * version {@code upTo}. Returns the version committed.
     *
     * @throws IllegalStateException if another writer committed to the table since {@code base} was read
     */
    long commit(Optional<Snapshot> base, List<DataFile> files, List<Row> removes, long upTo) {
        TransactionBuilder builder = delta.createTransactionBuilder(engine, ENGINE_INFO,
                        base.isPresent() ? Operation.WRITE : Operation.CREATE_TABLE)
                .withTransactionId(engine, APP_ID, upTo);
        if (base.isEmpty()) {
            builder = builder.withSchema(engine, table.schema()).withPartitionColumns(engine, List.of(LakeTable.PARTITION));
        }
        Transaction transaction = builder.build(engine);
        long baseVersion = base.map(Snapshot::getVersion).orElse(-1L);
        if (transaction.getReadTableVersion() != baseVersion) {
            throw new IllegalStateException("table " + table.folder() + " changed while Floorwatch was exporting into it "
                    + "(version " + transaction.getReadTableVersion() + ", expected " + baseVersion + ")");
        }
        Row state = transaction.getTransactionState(engine);
        List<Row> actions = new ArrayList<>(removes);
        for (DataFile file : files) {
            Map<String, Literal> partition = Map.of(LakeTable.PARTITION, Literal.ofDate((int) file.day().toEpochDay()));
            DataWriteContext context = Transaction.getWriteContext(engine, state, partition);
            try (CloseableIterator<Row> adds = Transaction.generateAppendActions(engine, state,
                    iterator(List.of(status(file))), context)) {
                adds.forEachRemaining(actions::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TransactionCommitResult result = transaction.commit(engine, CloseableIterable.inMemoryIterable(iterator(actions)));
        for (PostCommitHook hook : result.getPostCommitHooks()) {
            try {
                hook.threadSafeInvoke(engine);
            } catch (IOException | RuntimeException e) {
                // a checkpoint or checksum only speeds readers up; the commit stands without it
                LOG.warn("{} after version {} of {} failed", hook.getType(), result.getVersion(), folder, e);
            }
        }
        return result.getVersion();
    }

    private DataFileStatus status(DataFile file) {
        Column time = new Column(table.timeColumn());
        DataFileStatistics statistics = new DataFileStatistics(file.rows(),
                Map.of(time, Literal.ofTimestamp(file.minMicros())), Map.of(time, Literal.ofTimestamp(file.maxMicros())),
                Map.of(time, 0L), Optional.empty());
        return new DataFileStatus(file.path().toUri().toString(), file.size(), file.modified(), Optional.of(statistics));
    }

    private static <T> CloseableIterator<T> iterator(List<T> items) {
        Iterator<T> it = items.iterator();
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }
}
