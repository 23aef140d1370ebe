package org.floorwatch.views.reports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.export.WorkbookExporter;

/**
 * A report screen's export to Excel: one workbook at a time written by {@link WorkbookExporter} on a thread of its
 * own, with its progress (0..1), a cancel, and one line saying where the file went or why it did not.
 */
public final class ExcelExport {

    private final WorkbookExporter exporter = new WorkbookExporter();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-export");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private AtomicBoolean cancelled = new AtomicBoolean();

    /** Starts writing {@code doc} to {@code file}; ignored while an export runs. Call on the JavaFX thread. */
    public void start(ReportDocument doc, Path file) {
        FxThread.require();
        if (running.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(0);
        message.set("Writing " + file.getFileName() + "\u2026");
        thread.execute(() -> {
            String outcome;
            try {
                exporter.write(doc, file, done -> FxThread.run(() -> progress.set(done)), stop::get);
                outcome = "Saved " + file.toAbsolutePath();
            } catch (CancellationException e) {
                outcome = "Export cancelled; " + file.getFileName() + " was not written";
            } catch (IOException | RuntimeException e) {
                outcome = "Could not write " + file.toAbsolutePath() + ": " + reason(e);
            }
            String said = outcome;
            FxThread.run(() -> {
                running.set(false);
                message.set(said);
            });
        });
    }

    /** Stops the running export soon; the file is left as it was. */
    public void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void dispose() {
        cancel();
        thread.shutdown();
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
