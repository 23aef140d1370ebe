package org.floorwatch.localstore.report;

import java.util.List;

/**
 * The rows of a {@link ReportDocument.Table}, read once, in order, by whoever writes the table out: held in memory,
 * or read from the store as they are written ({@link MoveRows}), so a table of millions of rows never sits in the
 * heap whole.
 */
public sealed interface TableRows permits TableRows.Held, MoveRows {

    /** Starts one reading; the caller closes it. Its count and its rows are of one state of the store. */
    Cursor open();

    /** One reading of the rows. */
    interface Cursor extends AutoCloseable {

        /** How many rows {@link #next} hands out. */
        long count();

        /** Puts the next row's cells into {@code cells} (one per column); false after the last row. */
        boolean next(Object[] cells);

        @Override
        void close();
    }

    /** Rows held in memory. */
    record Held(List<List<Object>> rows) implements TableRows {
        public Held {
            rows = List.copyOf(rows);
        }

        @Override
        public Cursor open() {
            return new Cursor() {
                private int next;

                @Override
                public long count() {
                    return rows.size();
                }

                @Override
                public boolean next(Object[] cells) {
                    if (next == rows.size()) {
                        return false;
                    }
                    List<Object> row = rows.get(next++);
                    if (row.size() != cells.length) {
                        throw new IllegalArgumentException(String.format("row %d has %d values for %d columns",
                                next, row.size(), cells.length));
                    }
                    row.toArray(cells);
                    return true;
                }

                @Override
                public void close() {
                    // nothing held open
                }
            };
        }
    }
}
