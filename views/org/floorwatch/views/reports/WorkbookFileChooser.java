package org.floorwatch.views.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The save dialog for a report's workbook: suggests a name, opens where the last one went, adds {@code .xlsx}. */
public final class WorkbookFileChooser implements ReportsView.SaveDialog {

    private File lastFolder;

    @Override
    public Path choose(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report to Excel");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        lastFolder = chosen.getParentFile();
        String name = chosen.getName();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + ".xlsx");
    }
}
