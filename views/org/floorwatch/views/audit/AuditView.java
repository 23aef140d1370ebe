package org.floorwatch.views.audit;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.floorwatch.localstore.report.AuditReport.Line;
import org.floorwatch.views.ScreenLayout;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.reports.ExcelExport;
import org.floorwatch.views.reports.ExportBar;
import org.floorwatch.views.reports.ReportsView.SaveDialog;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.RightsOnScreen;
import org.floorwatch.views.sources.Columns;

/**
 * The audit trail screen's view ({@code AuditView.fxml}): the lines of the chosen production days, newest first, in
 * the site's time, and their export to Excel. Reads again every ten seconds while shown, so what is done at any desk
 * on this store shows up.
 */
public final class AuditView implements ScreenView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditViewModel model;
    private final SaveDialog saveDialog;
    private final Parent root;
    private final Timeline ticks;
    private Subscription shown = Subscription.EMPTY;

    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Label count;
    @FXML private Button exportButton;
    @FXML private TableView<Line> table;
    @FXML private TableColumn<Line, String> when;
    @FXML private TableColumn<Line, String> who;
    @FXML private TableColumn<Line, String> action;
    @FXML private TableColumn<Line, String> subject;
    @FXML private TableColumn<Line, String> detail;
    @FXML private HBox exportBar;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportLine;

    public AuditView(AuditViewModel model, SaveDialog saveDialog) {
        this.model = model;
        this.saveDialog = saveDialog;
        root = ScreenLayout.load(this, "AuditView.fxml", "audit trail");
        ticks = new Timeline(new KeyFrame(Duration.seconds(10), e -> model.refresh()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        Columns.text(when, line -> WHEN.format(line.at()));
        Columns.text(who, line -> line.by().equals(line.login()) ? line.by() : line.by() + " (" + line.login() + ")");
        Columns.text(action, Line::action);
        Columns.text(subject, Line::subject, Line::subject);
        Columns.text(detail, Line::detail, Line::detail);
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        ExcelExport export = model.export();
        exportButton.disableProperty().bind(export.runningProperty());
        ExportBar.show(export, exportBar, exportProgress, exportLine);
        RightsOnScreen.guard(model.rights(), Right.EXPORT, null, exportButton);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        shown = model.linesProperty().subscribe(this::show);
        ticks.play();
    }

    @Override
    public void deactivate() {
        ticks.stop();
        shown.unsubscribe();
        shown = Subscription.EMPTY;
        model.deactivate();
    }

    @Override
    public void dispose() {
        deactivate();
        model.dispose();
    }

    @FXML
    private void exportClicked() {
        Path file = saveDialog.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                model.exportFileName());
        if (file != null) {
            model.exportTo(file);
        }
    }

    private void show(List<Line> lines) {
        table.getItems().setAll(lines);
        table.sort();
        count.setText(lines.size() + (lines.size() == 1 ? " line" : " lines"));
    }
}
