package org.floorwatch.views.alarms;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.floorplan.alarm.AlarmPriority;
import org.floorwatch.floorplan.alarm.ShelfTime;
import org.floorwatch.views.ScreenLayout;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.reports.ExcelExport;
import org.floorwatch.views.reports.ExportBar;
import org.floorwatch.views.reports.ReportsView.SaveDialog;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.RightsOnScreen;

/**
 * The Alarms screen's view ({@code AlarmsView.fxml}): the active and recent alarms, sortable by any column and
 * filtered, with the chosen alarm's timeline and the operator's acts (acknowledge one or many with a note, shelve
 * their sources with a reason, unshelve); the journal by production days and shift, exported to Excel; the sensors'
 * health. A double-click or "Show on the map" centres the Floor screen's map on the alarm's station.
 */
public final class AlarmsView implements ScreenView {

    private final AlarmsViewModel model;
    private final JournalViewModel journalModel;
    private final SaveDialog saveDialog;
    private final Consumer<String> showStation;
    private final AlarmWords words;
    private final Parent root;
    private final SensorHealthPart healthPart;
    private Subscription shown = Subscription.EMPTY;

    @FXML private TabPane tabs;
    @FXML private Tab listTab;
    @FXML private Tab journalTab;
    @FXML private ComboBox<Choice<AlarmPriority>> priorityFilter;
    @FXML private ComboBox<Choice<AlarmKind>> kindFilter;
    @FXML private ComboBox<Choice<String>> stationFilter;
    @FXML private ComboBox<Choice<String>> departmentFilter;
    @FXML private ComboBox<Choice<StateFilter>> stateFilter;
    @FXML private Label listCount;
    @FXML private TableView<Row> table;
    @FXML private Label detailTitle;
    @FXML private VBox timeline;
    @FXML private Button showOnMap;
    @FXML private TextField note;
    @FXML private ChoiceBox<ShelfTime> shelfTime;
    @FXML private TextField reason;
    @FXML private Label message;
    @FXML private Label rightsNote;
    @FXML private HBox acknowledgeRow;
    @FXML private HBox shelveRow;
    @FXML private DatePicker journalFrom;
    @FXML private DatePicker journalTo;
    @FXML private ComboBox<Choice<String>> journalShift;
    @FXML private Label journalCount;
    @FXML private TableView<Row> journal;
    @FXML private Button exportButton;
    @FXML private HBox exportBar;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportLine;
    @FXML private TableView<SensorHealthPart.SensorRow> health;
    @FXML private Label healthRules;

    /** {@code showStation}: centres the Floor screen's map on a station and shows that screen. */
    public AlarmsView(AlarmsViewModel model, JournalViewModel journalModel, SaveDialog saveDialog,
                      Consumer<String> showStation) {
        this.model = model;
        this.journalModel = journalModel;
        this.saveDialog = saveDialog;
        this.showStation = showStation;
        this.words = new AlarmWords(model.plan().timezone());
        root = ScreenLayout.load(this, "AlarmsView.fxml", "Alarms");
        healthPart = new SensorHealthPart(model.plan(), health, healthRules);
    }

    @FXML
    private void initialize() {
        FloorPlan plan = model.plan();
        AlarmColumns columns = new AlarmColumns(words, model.stations());
        columns.list(table);
        columns.journal(journal);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Choice.fill(priorityFilter, "All", List.of(AlarmPriority.values()), AlarmWords::priority);
        Choice.fill(kindFilter, "All", List.of(AlarmKind.values()), AlarmKind::word);
        Choice.fill(stationFilter, "All", plan.stations().stream().map(FloorPlan.Station::id).toList(), id -> id);
        Choice.fill(departmentFilter, "All", plan.departments().stream().map(FloorPlan.Department::id).toList(),
                id -> plan.department(id).map(FloorPlan.Department::name).orElse(id));
        Choice.fill(stateFilter, "All states", Arrays.stream(StateFilter.values()).skip(1).toList(), StateFilter::toString);
        for (ComboBox<?> box : List.of(priorityFilter, kindFilter, stationFilter, departmentFilter, stateFilter)) {
            box.valueProperty().addListener((obs, old, now) -> filterChanged());
        }
        shelfTime.getItems().setAll(ShelfTime.values());
        shelfTime.setValue(ShelfTime.FIFTEEN_MINUTES);
        shelfTime.setConverter(new StringConverter<>() {
            @Override
            public String toString(ShelfTime time) {
                return time == null ? "" : time.label();
            }

            @Override
            public ShelfTime fromString(String text) {
                return null;
            }
        });
        message.textProperty().bind(model.messageProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetail(now));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showOnMapClicked();
            }
        });
        journal.setOnMouseClicked(e -> {
            Row row = journal.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                showStation.accept(model.stationOf(row));
            }
        });
        Choice.fill(journalShift, "All shifts", plan.shifts().stream().map(FloorPlan.Shift::name).toList(), n -> n);
        journalFrom.valueProperty().bindBidirectional(journalModel.fromProperty());
        journalTo.valueProperty().bindBidirectional(journalModel.toProperty());
        journalShift.valueProperty().addListener((obs, old, now) -> journalModel.shiftProperty().set(Choice.chosen(journalShift)));
        ExcelExport export = journalModel.export();
        exportButton.disableProperty().bind(export.runningProperty());
        ExportBar.show(export, exportBar, exportProgress, exportLine);
        RightsOnScreen.guard(model.rights(), Right.ACKNOWLEDGE, rightsNote, acknowledgeRow);
        RightsOnScreen.guard(model.rights(), Right.SHELVE, rightsNote, shelveRow);
        RightsOnScreen.guard(export.rights(), Right.EXPORT, null, exportButton);
        showDetail(null);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        journalModel.activate();
        shown = Subscription.combine(healthPart.follow(model.feed()),
                model.feed().snapshotProperty().subscribe(s -> showDetail(table.getSelectionModel().getSelectedItem())),
                model.rowsProperty().subscribe(rows -> showRows(table, rows, listCount, "alarm")),
                journalModel.rowsProperty().subscribe(rows -> showRows(journal, rows, journalCount, "episode")));
    }

    @Override
    public void deactivate() {
        shown.unsubscribe();
        shown = Subscription.EMPTY;
        journalModel.deactivate();
        model.deactivate();
    }

    @Override
    public void dispose() {
        deactivate();
        journalModel.dispose();
    }

    /** Shows the list with {@code row}'s episode chosen (the banner's newest), or just the list. */
    public void show(Row row) {
        tabs.getSelectionModel().select(listTab);
        if (row != null) {
            model.filterProperty().set(AlarmFilter.ALL);
            List.of(priorityFilter, kindFilter, stationFilter, departmentFilter, stateFilter)
                    .forEach(box -> box.getSelectionModel().selectFirst());
            table.getItems().stream().filter(r -> r.episode().equals(row.episode())).findFirst().ifPresent(found -> {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(found);
                table.scrollTo(found);
            });
        }
    }

    /** The journal tab, for tests. */
    Tab journalTab() {
        return journalTab;
    }

    @FXML
    private void acknowledgeClicked() {
        model.acknowledge(chosen(), note.getText());
        note.clear();
    }

    @FXML
    private void shelveClicked() {
        model.shelve(chosen(), shelfTime.getValue(), reason.getText());
        reason.clear();
    }

    @FXML
    private void unshelveClicked() {
        model.unshelve(chosen());
    }

    @FXML
    private void showOnMapClicked() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null && model.stationOf(row) != null) {
            showStation.accept(model.stationOf(row));
        }
    }

    @FXML
    private void exportClicked() {
        Path file = saveDialog.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                journalModel.exportFileName());
        if (file != null) {
            journalModel.exportTo(file);
        }
    }

    private List<Row> chosen() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void filterChanged() {
        model.filterProperty().set(new AlarmFilter(Choice.chosen(priorityFilter), Choice.chosen(kindFilter),
                Choice.chosen(stationFilter), Choice.chosen(departmentFilter), stateFilter.getValue() == null
                        || stateFilter.getValue().value() == null ? StateFilter.ALL : stateFilter.getValue().value()));
    }

    private void showDetail(Row row) {
        showOnMap.setDisable(row == null);
        if (row == null) {
            detailTitle.setText("No alarm chosen");
            timeline.getChildren().setAll(new Label("Choose an alarm for its timeline; Ctrl or Shift to choose several."));
            return;
        }
        detailTitle.setText(row.episode().source() + " \u00b7 " + AlarmWords.priority(row.episode().priority()));
        timeline.getChildren().setAll(AlarmTimeline.lines(row, model.feed().snapshot().board(), words).stream()
                .map(line -> {
                    Label label = new Label(line);
                    label.getStyleClass().add("timeline-step");
                    label.setWrapText(true);
                    return label;
                }).toList());
    }

    /** Puts new rows in a table keeping its sort order and the episodes chosen, and says how many there are. */
    private static void showRows(TableView<Row> into, List<Row> rows, Label count, String thing) {
        Set<AlarmEpisode> chosen = new HashSet<>();
        into.getSelectionModel().getSelectedItems().forEach(r -> chosen.add(r.episode()));
        into.getItems().setAll(rows);
        into.sort();
        for (int i = 0; i < into.getItems().size(); i++) {
            if (chosen.contains(into.getItems().get(i).episode())) {
                into.getSelectionModel().select(i);
            }
        }
        count.setText(rows.size() + " " + thing + (rows.size() == 1 ? "" : "s"));
    }
}
