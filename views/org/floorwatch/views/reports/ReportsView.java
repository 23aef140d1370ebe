package org.floorwatch.views.reports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.views.ScreenLayout;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.RightsOnScreen;

/**
 * The Reports screen's view ({@code ReportsView.fxml}): the report and period pickers, the filters, one part per
 * report ({@link ReportPart}) and the export bar, bound to a {@link ReportsViewModel}. While active it asks the
 * model to refresh every 30 s, and Alt+1..4 pick the report, F5 recomputes.
 */
public final class ReportsView implements ScreenView {

    /** Asks where to save a workbook; null when the user gives up. */
    @FunctionalInterface
    public interface SaveDialog {
        Path choose(Window owner, String suggestedName);
    }

    private static final Duration REFRESH = Duration.seconds(30);

    private final ReportsViewModel model;
    private final SaveDialog saveDialog;
    private final Map<ReportKind, ReportPart> parts = new EnumMap<>(ReportKind.class);
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    private final Parent root;
    private final Timeline ticks;
    /** The view's hold on the model's figures while the screen is shown. */
    private Subscription shown = Subscription.EMPTY;

    @FXML private HBox kindBar;
    @FXML private HBox periodBar;
    @FXML private DatePicker rangeFrom;
    @FXML private DatePicker rangeTo;
    @FXML private ComboBox<FilterOption> shiftFilter;
    @FXML private ComboBox<FilterOption> departmentFilter;
    @FXML private Label status;
    @FXML private Label periodLine;
    @FXML private Button exportButton;
    @FXML private StackPane partHolder;
    @FXML private HBox exportBar;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportLine;
    @FXML private Button cancelExport;

    public ReportsView(ReportsViewModel model) {
        this(model, new WorkbookFileChooser());
    }

    /** With another way to ask for the workbook's file (tests). */
    public ReportsView(ReportsViewModel model, SaveDialog saveDialog) {
        this.model = model;
        this.saveDialog = saveDialog;
        parts.put(ReportKind.PRODUCTION, new ProductionPart(model.plan()));
        parts.put(ReportKind.QUALITY, new QualityPart(model.plan()));
        parts.put(ReportKind.WORKFORCE, new WorkforcePart());
        parts.put(ReportKind.ENERGY, new EnergyPart(model.plan()));
        root = ScreenLayout.load(this, "ReportsView.fxml", "Reports");
        ticks = new Timeline(new KeyFrame(REFRESH, e -> model.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        new ReportPickers(model, kindBar, periodBar, rangeFrom, rangeTo, shiftFilter, departmentFilter).bind();
        status.textProperty().bind(model.statusProperty());
        ExcelExport export = model.export();
        exportButton.disableProperty().bind(export.runningProperty().or(model.figuresProperty().isNull()));
        ExportBar.show(export, exportBar, exportProgress, exportLine);
        cancelExport.visibleProperty().bind(export.runningProperty());
        RightsOnScreen.guard(export.rights(), Right.EXPORT, null, exportButton);
        for (ReportKind kind : ReportKind.values()) {
            keys.put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (kind.ordinal() + 1)), KeyCombination.ALT_DOWN),
                    () -> model.kindProperty().set(kind));
        }
        keys.put(new KeyCodeCombination(KeyCode.F5), model::refresh);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        showPart();
        shown = Subscription.combine(
                model.chosenProperty().subscribe(now -> periodLine.setText(now.describe())),
                model.kindProperty().subscribe((old, now) -> showPart()),
                model.figuresProperty().subscribe((old, now) -> showFigures()),
                model.filter().subscribe((old, now) -> showFigures()));
        model.refresh();
        ticks.play();
        if (root.getScene() != null) {
            root.getScene().getAccelerators().putAll(keys);
        }
    }

    @Override
    public void deactivate() {
        ticks.stop();
        shown.unsubscribe();
        shown = Subscription.EMPTY;
        if (root.getScene() != null) {
            keys.keySet().forEach(root.getScene().getAccelerators()::remove);
        }
    }

    @Override
    public void dispose() {
        deactivate();
        model.dispose();
    }

    /** The part showing {@code kind}, for tests. */
    ReportPart part(ReportKind kind) {
        return parts.get(kind);
    }

    @FXML
    private void exportClicked() {
        Path file = saveDialog.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                model.exportFileName());
        if (file != null) {
            model.exportTo(file);
        }
    }

    @FXML
    private void cancelClicked() {
        model.export().cancel();
    }

    private void showPart() {
        partHolder.getChildren().setAll(parts.get(model.kindProperty().get()).root());
        showFigures();
    }

    private void showFigures() {
        ReportFigures figures = model.figuresProperty().get();
        ReportKind kind = model.kindProperty().get();
        if (figures != null && figures.report().header().report().equals(kind.word())) {
            parts.get(kind).show(figures, model.filter().get());
        }
    }
}
