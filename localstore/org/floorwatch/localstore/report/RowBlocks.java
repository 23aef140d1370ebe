package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.floorwatch.localstore.StoreException;

/**
 * A query's rows read ahead on a thread of its own, in blocks, while the caller writes the ones before: the store's
 * read and the writing of a workbook use two cores. At most {@value #BLOCKS_AHEAD} blocks of {@value #BLOCK_ROWS}
 * rows wait at any time. The connection (in a read transaction) and the statement are the cursor's, closed with it.
 */
final class RowBlocks implements TableRows.Cursor {

    /** Fills a row's cells from the result's current row. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs, Object[] cells) throws SQLException;
    }

    static final int BLOCK_ROWS = 2_048;
    static final int BLOCKS_AHEAD = 4;
    /** Marks the end of the rows, or carries the failure that ended them. */
    private record End(RuntimeException failure) {
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final long count;
    private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Object[][] block;
    private int blockRows;
    private int next;
    private boolean ended;

    RowBlocks(Connection connection, PreparedStatement statement, long count, int columns, RowReader rows) {
        this.connection = connection;
        this.statement = statement;
        this.count = count;
        reader = new Thread(() -> readAll(columns, rows), "store-rows");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public boolean next(Object[] cells) {
        while (block == null || next == blockRows) {
            if (ended || !take()) {
                return false;
            }
        }
        System.arraycopy(block[next++], 0, cells, 0, cells.length);
        return true;
    }

    private boolean take() {
        Object taken;
        try {
            taken = blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the local store", e);
        }
        if (taken instanceof End end) {
            ended = true;
            if (end.failure() != null) {
                throw end.failure();
            }
            return false;
        }
        Object[][] rows = (Object[][]) taken;
        block = rows;
        blockRows = rows.length;
        next = 0;
        return true;
    }

    private void readAll(int columns, RowReader rows) {
        RuntimeException failure = null;
        try (ResultSet rs = statement.executeQuery()) {
            Object[][] filling = new Object[BLOCK_ROWS][columns];
            int filled = 0;
            while (!closed && rs.next()) {
                rows.read(rs, filling[filled++]);
                if (filled == BLOCK_ROWS) {
                    hand(filling);
                    filling = new Object[BLOCK_ROWS][columns];
                    filled = 0;
                }
            }
            if (filled > 0) {
                Object[][] last = new Object[filled][];
                System.arraycopy(filling, 0, last, 0, filled);
                hand(last);
            }
        } catch (SQLException e) {
            failure = new StoreException("could not read the local store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new StoreException("could not read the local store: " + e, e);
        } finally {
            hand(new End(failure));
        }
    }

    /** Waits for room, unless the cursor was closed: then the rows are dropped. */
    private void hand(Object item) {
        try {
            while (!closed) {
                if (blocks.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        blocks.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection open = connection; PreparedStatement done = statement; Statement sql = open.createStatement()) {
            sql.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // nothing was written; closing the connection ends the transaction anyway
        }
    }
}
