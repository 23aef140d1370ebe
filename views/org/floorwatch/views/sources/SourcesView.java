package org.floorwatch.views.sources;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.files.RefusedFile;
import org.floorwatch.views.ScreenLayout;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.views.rights.RightsOnScreen;

/**
 * The Sources screen's view ({@code SourcesView.fxml}): binds the sources table, the browser of quarantined records
 * and refused files, and the import bar to a {@link SourcesViewModel}. Files and folders dropped on the screen, or
 * chosen with its buttons, are handed to the view model; nothing here touches a file or the store.
 */
public final class SourcesView implements ScreenView {

    private static final String IDLE_HINT = "Drop files or folders anywhere on this screen to import them: clock-in "
            + "sheets, task logs, energy reports, tool lists, maintenance logs, floor plans, inventory snapshots and "
            + "message archives.";
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass DROPPING = PseudoClass.getPseudoClass("dropping");

    private final SourcesViewModel model;
    private final ReadTimes times;
    private final Parent root;
    private File lastFolder;
    /** The view's hold on the model's figures while the screen is shown. */
    private Subscription shown = Subscription.EMPTY;

    @FXML private BorderPane screen;
    @FXML private Label totals;
    @FXML private ProgressBar importProgress;
    @FXML private Label importLine;
    @FXML private Button cancelImport;
    @FXML private Button importFilesButton;
    @FXML private Button importFolderButton;
    @FXML private Label lakeLine;
    @FXML private TableView<SourceRow> sourceTable;
    @FXML private TableColumn<SourceRow, String> sourceName;
    @FXML private TableColumn<SourceRow, String> sourceKind;
    @FXML private TableColumn<SourceRow, String> sourceLastRead;
    @FXML private TableColumn<SourceRow, Number> sourceTaken;
    @FXML private TableColumn<SourceRow, Number> sourceDuplicates;
    @FXML private TableColumn<SourceRow, Number> sourceQuarantined;
    @FXML private TableColumn<SourceRow, Number> sourceRefusals;
    @FXML private TableColumn<SourceRow, String> sourceStatus;
    @FXML private TableColumn<SourceRow, String> sourceFolder;
    @FXML private Tab quarantinedTab;
    @FXML private Tab refusedTab;
    @FXML private TableView<QuarantinedRecord> quarantinedTable;
    @FXML private TableColumn<QuarantinedRecord, String> heldSource;
    @FXML private TableColumn<QuarantinedRecord, String> heldLocation;
    @FXML private TableColumn<QuarantinedRecord, String> heldReason;
    @FXML private TableColumn<QuarantinedRecord, String> heldRaw;
    @FXML private TableColumn<QuarantinedRecord, String> heldReceived;
    @FXML private TableView<RefusedFile> refusedTable;
    @FXML private TableColumn<RefusedFile, String> refusedFile;
    @FXML private TableColumn<RefusedFile, Number> refusedRow;
    @FXML private TableColumn<RefusedFile, String> refusedReason;
    @FXML private TableColumn<RefusedFile, String> refusedAt;

    /** @param times how the screen writes when things were read */
    public SourcesView(SourcesViewModel model, ReadTimes times) {
        this.model = model;
        this.times = times;
        root = ScreenLayout.load(this, "SourcesView.fxml", "Sources");
    }

    @FXML
    private void initialize() {
        Columns.text(sourceName, SourceRow::name, row -> row.folder().equals("endpoint") ? row.name()
                : Path.of(row.folder(), row.name()).toString());
        Columns.text(sourceKind, SourceRow::kind);
        Columns.text(sourceLastRead, SourceRow::lastRead);
        Columns.count(sourceTaken, SourceRow::rowsTaken);
        Columns.count(sourceDuplicates, SourceRow::duplicates);
        Columns.count(sourceQuarantined, SourceRow::quarantined);
        Columns.count(sourceRefusals, SourceRow::refusals);
        Columns.text(sourceStatus, SourceRow::status, SourceRow::status);
        Columns.text(sourceFolder, SourceRow::folder, SourceRow::folder);
        sourceTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(SourceRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(REFUSED, !empty && item != null && item.refused());
            }
        });
        sourceTable.setItems(model.sources());

        Columns.text(heldSource, QuarantinedRecord::source, QuarantinedRecord::source);
        Columns.text(heldLocation, QuarantinedRecord::location);
        Columns.text(heldReason, QuarantinedRecord::reason, QuarantinedRecord::reason);
        Columns.text(heldRaw, record -> oneLine(record.raw()), record -> String.valueOf(record.raw()));
        Columns.text(heldReceived, record -> times.of(record.receivedAt()));
        quarantinedTable.setItems(model.quarantined());

        Columns.text(refusedFile, refusal -> fileName(refusal.source()), RefusedFile::source);
        Columns.count(refusedRow, RefusedFile::row);
        Columns.text(refusedReason, RefusedFile::reason, RefusedFile::reason);
        Columns.text(refusedAt, refusal -> times.of(refusal.refusedAt()));
        refusedTable.setItems(model.refusals());


        RightsOnScreen.guard(model.rights(), Right.IMPORT, null, importFilesButton, importFolderButton);
        if (model.rights().allow(Right.IMPORT)) {
            screen.setOnDragOver(this::dragOver);
            screen.setOnDragExited(e -> screen.pseudoClassStateChanged(DROPPING, false));
            screen.setOnDragDropped(this::dropped);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        shown = Subscription.combine(model.totalsProperty().subscribe(this::showTotals),
                model.importStateProperty().subscribe(this::showImport),
                model.lakeExportProperty().subscribe(this::showExport));
    }

    @Override
    public void deactivate() {
        shown.unsubscribe();
        shown = Subscription.EMPTY;
        model.deactivate();
    }

    @Override
    public void dispose() {
        deactivate();
        model.dispose();
    }

    private void showExport(LakeExportLine line) {
        lakeLine.setVisible(line != null);
        lakeLine.setManaged(line != null);
        if (line != null) {
            lakeLine.setText(line.text());
            lakeLine.pseudoClassStateChanged(REFUSED, line.failed());
        }
    }

    @FXML
    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Files Floorwatch reads", "*.csv", "*.xlsx", "*.json", "*.jsonl",
                        "*.jsonl.gz", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setInitialDirectory(lastFolder);
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            lastFolder = files.get(0).getParentFile();
            model.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import every file in a folder");
        chooser.setInitialDirectory(lastFolder);
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            lastFolder = folder.getParentFile();
            model.importFiles(List.of(folder.toPath()));
        }
    }

    @FXML
    private void cancel() {
        model.cancelImport();
        importLine.setText("Cancelling: the file being read goes in whole, then the import stops\u2026");
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            screen.pseudoClassStateChanged(DROPPING, true);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean files = event.getDragboard().hasFiles();
        if (files) {
            model.importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        screen.pseudoClassStateChanged(DROPPING, false);
        event.setDropCompleted(files);
        event.consume();
    }

    private void showTotals(SourceTotals now) {
        totals.setText(now.line());
        quarantinedTab.setText(String.format(Locale.ROOT, "Quarantined records (%,d)", now.quarantined()));
        refusedTab.setText(String.format(Locale.ROOT, "Refused files (%,d)", now.refusals()));
    }

    private void showImport(ImportState state) {
        boolean running = state.running();
        importProgress.setVisible(running);
        importProgress.setManaged(running);
        importProgress.setProgress(state.progress());
        cancelImport.setVisible(running);
        cancelImport.setManaged(running);
        importLine.setText(state.phase() == ImportState.Phase.IDLE ? idleHint() : state.line());
        importLine.pseudoClassStateChanged(REFUSED, !running && (state.refused() > 0
                || state.phase() == ImportState.Phase.FAILED));
    }

    /** What the import line says before any import: how to import, or why this desk may not. */
    private String idleHint() {
        Rights rights = model.rights();
        return rights.allow(Right.IMPORT) ? IDLE_HINT : rights.wall() ? "" : rights.refusal(Right.IMPORT);
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 || source.startsWith("http") ? source : source.substring(slash + 1);
    }

    private static String oneLine(String raw) {
        return raw == null ? "" : raw.replace('\n', ' ').replace('\r', ' ');
    }
}
