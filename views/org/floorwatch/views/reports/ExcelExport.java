package org.floorwatch.views.reports;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.export.WorkbookExporter;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.Rights;

/**
 * A report screen's export to Excel: one workbook at a time written by {@link WorkbookExporter} on a thread of its
 * own, with its progress (0..1), a cancel, and one line saying where the file went or why it did not. Refused, with
 * that line saying why, where the desk's rights do not allow exports (a wall display).
 */
public final class ExcelExport {

    private final WorkbookExporter exporter = new WorkbookExporter();
    private final TaskRunner thread = new TaskRunner("report-export");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Rights rights;
    private BackgroundTask<Path> current;

    public ExcelExport(Rights rights) {
        this.rights = rights;
    }

    /** Starts writing {@code doc} to {@code file}; ignored while an export runs. Call on the JavaFX thread. */
    public void start(ReportDocument doc, Path file) {
        FxThread.require();
        if (running.get()) {
            return;
        }
        if (!rights.allow(Right.EXPORT)) {
            message.set(rights.refusal(Right.EXPORT));
            return;
        }
        running.set(true);
        progress.set(0);
        message.set("Writing " + file.getFileName() + "\u2026");
        current = thread.run(BackgroundTask.watching(control -> {
            exporter.write(doc, file, control::progress, control::cancelled);
            return file;
        }).onProgress(progress::set)
                .onSuccess(written -> ended("Saved " + written.toAbsolutePath()))
                .onCancelled(() -> ended("Export cancelled; " + file.getFileName() + " was not written"))
                .onFailure(e -> ended("Could not write " + file.toAbsolutePath() + ": " + reason(e))));
    }

    /** Whether the desk may export at all. */
    public Rights rights() {
        return rights;
    }

    /** Stops the running export soon; the file is left as it was. */
    public void cancel() {
        BackgroundTask<Path> running = current;
        if (running != null) {
            running.cancel();
        }
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

    public void dispose() {
        thread.close();
    }

    private void ended(String outcome) {
        running.set(false);
        message.set(outcome);
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
