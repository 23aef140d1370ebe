package org.floorwatch.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportDocument.Table;
import org.floorwatch.localstore.report.TableRows;

/**
 * Writes a {@link ReportDocument} as an Excel workbook a quality engineer can use as is: a Cover sheet, then one
 * sheet per table with a frozen bold header naming units, typed and formatted cells, an autofilter, fitted widths
 * and, where the table asks for one, a native chart. Rows stream to disk (a window of {@value #WINDOW_ROWS} rows
 * in memory), and a table read from the store ({@link TableRows}) is read as it is written, so ten million rows
 * cost no more heap than a thousand.
 *
 * <p>The workbook is written to a hidden temporary file beside {@code file} and moved into place at the end, so
 * {@code file} is either the complete new workbook or untouched, even when the export fails or is cancelled.
 * Blocking: call it off the JavaFX thread.
 */
public final class WorkbookExporter {

    /** Rows of each sheet kept in memory while streaming. */
    static final int WINDOW_ROWS = 200;

    private final int maxRowsPerSheet;

    public WorkbookExporter() {
        this(SectionSheet.MAX_DATA_ROWS);
    }

    /** With sheets holding at most {@code maxRowsPerSheet} rows; larger tables continue on further sheets. */
    WorkbookExporter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** Writes {@code doc} to {@code file}, replacing it; creates missing folders. Returns the tables' rows. */
    public long write(ReportDocument doc, Path file) throws IOException {
        return write(doc, file, fraction -> { }, () -> false);
    }

    /**
     * Writes {@code doc} to {@code file}, telling {@code progress} the fraction done (0..1, from the calling
     * thread) and stopping soon after {@code cancelled} turns true.
     *
     * @return the rows of the tables written
     * @throws CancellationException when cancelled; {@code file} is then left as it was
     * @throws IllegalArgumentException when a table's cells do not match its columns
     */
    public long write(ReportDocument doc, Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = Files.createDirectories(target.getParent());
        // not Files.createTempFile: its owner-only permissions would stay on the finished workbook
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        List<TableRows.Cursor> cursors = new ArrayList<>();
        try {
            for (Table table : doc.tables()) {
                cursors.add(table.source().open());
            }
            long rows = cursors.stream().mapToLong(TableRows.Cursor::count).sum();
            ExportProgress tracker = new ExportProgress(rows, progress, cancelled);
            writeWorkbook(doc, cursors, temp, tracker);
            tracker.checkCancelled();
            moveIntoPlace(temp, target);
            tracker.done();
            return rows;
        } finally {
            cursors.forEach(TableRows.Cursor::close);
            Files.deleteIfExists(temp);
        }
    }

    private void writeWorkbook(ReportDocument doc, List<TableRows.Cursor> cursors, Path temp, ExportProgress progress)
            throws IOException {
        // close() also deletes the streamed rows' temporary files (what dispose() did before POI 5.4)
        try (SXSSFWorkbook workbook = new FastZipWorkbook(WINDOW_ROWS)) {
            ExportStyles styles = new ExportStyles(workbook);
            SheetNames names = new SheetNames();
            names.claim(CoverSheetWriter.SHEET_NAME);
            List<SectionSheet> sections = SectionSheet.layOut(doc.tables(), cursors, names, maxRowsPerSheet);
            new CoverSheetWriter(styles).write(workbook.createSheet(CoverSheetWriter.SHEET_NAME), doc, sections);
            TableSheetWriter tableWriter = new TableSheetWriter(styles, progress);
            for (SectionSheet section : sections) {
                progress.checkCancelled();
                tableWriter.write(workbook.createSheet(section.name()), section);
                if (NativeChart.wanted(section)) {
                    NativeChart.draw(workbook.getXSSFWorkbook().getSheet(section.name()), section);
                }
            }
            progress.saving();
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                workbook.write(out);
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
