package org.floorwatch.views.floor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.live.HeatLevel;
import org.floorwatch.views.FxTicks;
import org.floorwatch.views.ScreenLayout;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.map.FloorMapView;

/**
 * The Floor screen's view ({@code FloorView.fxml}): binds the map, KPI tiles, span selector, station panel and
 * status bar to a {@link FloorViewModel}. Only while active does it follow the model's figures, draw the map as the
 * floor changes ({@link FloorFrames}) and tick once a second (status, heat); nothing else reaches the JavaFX thread.
 * Neither keeps the JavaFX pulse running: a floor where nothing changes costs no frames.
 */
public final class FloorView implements ScreenView {

    private static final KeyCombination FIT_MAP = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private final FloorViewModel model;
    private final Parent root;
    private final KpiTiles tiles;
    private final FloorFrames frames;
    private final FxTicks ticks;
    /** The view's hold on the model's figures while the screen is shown. */
    private Subscription shown = Subscription.EMPTY;
    private final List<FloorPart> parts = new ArrayList<>();

    @FXML private HBox kpiRow;
    @FXML private FloorMapView map;
    @FXML private HBox spanBar;
    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private Label detailSubtitle;
    @FXML private Label detailProcessed;
    @FXML private Label detailRate;
    @FXML private Label detailWip;
    @FXML private Label detailCycle;
    @FXML private Label detailIdeal;
    @FXML private Label detailErrors;
    @FXML private Label detailTemperature;
    @FXML private GridPane detailGrid;
    @FXML private Label statusBroker;
    @FXML private Label statusRate;
    @FXML private Label statusLag;
    @FXML private Label statusQuarantined;
    @FXML private Label statusSite;
    @FXML private VBox bottom;
    private TimeBar timeBar;
    private HeatMaps heatMaps;

    public FloorView(FloorViewModel model) {
        this.model = model;
        this.tiles = new KpiTiles(model::stationName);
        root = ScreenLayout.load(this, "FloorView.fxml", "Floor");
        frames = new FloorFrames(map, model.latestFrame(), model::frameShown, model.floorSpeed());
        ticks = FxTicks.every(Duration.ofSeconds(1), () -> {
            model.tick();
            timeBar.refresh();
        });
    }

    @FXML
    private void initialize() {
        map.setPlan(model.plan());
        tiles.tiles().forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));
        kpiRow.getChildren().setAll(tiles.tiles());
        heatMaps = new HeatMaps(map, spanBar, model);
        heatMaps.install();
        model.focusedStationProperty().bind(Bindings.createObjectBinding(
                () -> map.selectedStationProperty().get() != null ? map.selectedStationProperty().get()
                        : map.hoveredStationProperty().get(),
                map.selectedStationProperty(), map.hoveredStationProperty()));
        statusSite.textProperty().bind(Bindings.concat(model.plan().site() + " \u00b7 ", model.floorTimeProperty()));
        timeBar = new TimeBar(model.time(), ProductionCalendar.of(model.plan()));
        bottom.getChildren().add(0, timeBar);
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Adds a part that lives while this screen is shown; its panel goes below the station's figures. */
    public void addPart(FloorPart part) {
        parts.add(part);
        if (part.panel() != null) {
            detail.getChildren().add(detail.getChildren().indexOf(detailGrid) + 1, part.panel());
        }
    }

    /** The map control, for tests and measurements. */
    public FloorMapView map() {
        return map;
    }

    @Override
    public void activate() {
        model.activate();
        shown = Subscription.combine(
                model.kpisProperty().subscribe(tiles::show),
                model.heatProperty().subscribe(this::showHeat),
                model.stationDetailProperty().subscribe(this::showStation),
                model.statusProperty().subscribe(this::showStatus));
        frames.start();
        model.tick();
        timeBar.activate();
        ticks.start();
        parts.forEach(FloorPart::activate);
        if (root.getScene() != null) {
            root.getScene().getAccelerators().put(FIT_MAP, map::resetView);
        }
    }

    @Override
    public void deactivate() {
        parts.forEach(FloorPart::deactivate);
        frames.stop();
        ticks.stop();
        timeBar.deactivate();
        shown.unsubscribe();
        shown = Subscription.EMPTY;
        model.deactivate();
        if (root.getScene() != null) {
            root.getScene().getAccelerators().remove(FIT_MAP);
        }
    }

    @Override
    public void dispose() {
        deactivate();
        parts.forEach(FloorPart::dispose);
        model.dispose();
    }

    private void showHeat(HeatView heat) {
        heatMaps.show(heat);
    }

    private void showStation(StationDetail detail) {
        boolean shown = detail != null;
        for (Label value : new Label[] {detailProcessed, detailRate, detailWip, detailCycle, detailIdeal, detailErrors,
                detailTemperature}) {
            value.getStyleClass().removeAll("warn", "alarm");
            if (!shown) {
                value.setText("-");
            }
        }
        if (!shown) {
            detailTitle.setText("No station");
            detailSubtitle.setText("Point at or click a station");
            return;
        }
        detailTitle.setText(detail.station().id());
        detailSubtitle.setText(detail.station().name() + " \u00b7 " + detail.station().kind().name().toLowerCase(Locale.ROOT));
        detailProcessed.setText(Long.toString(detail.processedToday()));
        detailRate.setText(detail.perHour() + " /h");
        detailWip.setText(Long.toString(detail.wip()));
        double ideal = detail.station().idealCycleS();
        detailCycle.setText(detail.avgCycleS().isPresent()
                ? String.format(Locale.ROOT, "%.0f s \u00b7 %.1f\u00d7 ideal", detail.avgCycleS().getAsDouble(),
                        detail.avgCycleS().getAsDouble() / ideal)
                : "-");
        detailIdeal.setText(String.format(Locale.ROOT, "%.0f s", ideal));
        detailErrors.setText(Long.toString(detail.errorsToday()));
        detailTemperature.setText(Double.isNaN(detail.celsius()) ? "no sensor reading"
                : String.format(Locale.ROOT, "%.1f \u00b0C", detail.celsius()));
        if (detail.heat() == HeatLevel.WARN || detail.heat() == HeatLevel.ALARM) {
            detailTemperature.getStyleClass().add(detail.heat() == HeatLevel.ALARM ? "alarm" : "warn");
        }
    }

    private void showStatus(StatusLine status) {
        statusBroker.setText(status.broker());
        statusBroker.getStyleClass().removeAll("warn", "online");
        statusBroker.getStyleClass().add(status.brokerOnline() ? "online" : "warn");
        statusRate.setText(status.eventsPerSecond());
        statusLag.setText(status.storeLag());
        statusQuarantined.setText(status.quarantined());
    }
}
