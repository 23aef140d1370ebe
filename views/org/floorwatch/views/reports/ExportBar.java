package org.floorwatch.views.reports;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The bar under a screen that shows an Excel export under way and, once it ends, its one line (saved, failed). */
public final class ExportBar {

    private ExportBar() {
    }

    /** Binds {@code bar}, its progress and its line to {@code export}; JavaFX thread. */
    public static void show(ExcelExport export, Node bar, ProgressBar progress, Label line) {
        bar.visibleProperty().bind(export.runningProperty().or(export.messageProperty().isNotEmpty()));
        bar.managedProperty().bind(bar.visibleProperty());
        progress.visibleProperty().bind(export.runningProperty());
        progress.progressProperty().bind(export.progressProperty());
        line.textProperty().bind(export.messageProperty());
    }
}
