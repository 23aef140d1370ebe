package org.floorwatch.views.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Counts rows as they are written, reports the fraction done (0..1) and stops the export once the user cancels. */
final class ExportProgress {

    /** How often (in rows) progress is reported and cancellation checked: often enough for a screen, cheaply. */
    private static final int EVERY_ROWS = 1024;
    /** The part of the work that is writing rows; the rest is zipping the workbook into its file. */
    private static final double ROWS_SHARE = 0.9;

    private final long totalRows;
    private final DoubleConsumer listener;
    private final BooleanSupplier cancelled;
    private long rowsWritten;

    ExportProgress(long totalRows, DoubleConsumer listener, BooleanSupplier cancelled) {
        this.totalRows = Math.max(1, totalRows);
        this.listener = listener;
        this.cancelled = cancelled;
    }

    void rowWritten() {
        if (++rowsWritten % EVERY_ROWS == 0) {
            checkCancelled();
            listener.accept(ROWS_SHARE * rowsWritten / totalRows);
        }
    }

    /** All rows are out; the workbook is being zipped into its file. */
    void saving() {
        checkCancelled();
        listener.accept(ROWS_SHARE);
    }

    void done() {
        listener.accept(1.0);
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Excel export cancelled");
        }
    }
}
