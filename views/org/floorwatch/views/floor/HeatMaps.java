package org.floorwatch.views.floor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.floorwatch.views.floor.HeatView.CompareMode;
import org.floorwatch.views.map.FloorMapView;

/**
 * The heat on the Floor screen's map: the span selector over it, the chooser of spans by hand, and for two spans
 * side by side a second map on the left (the span compared with: plan and heat only, the same scale as the main
 * map), or one map of the difference.
 */
final class HeatMaps {

    private final FloorMapView map;
    private final FloorMapView compared = new FloorMapView();
    private final HBox spanBar;
    private final FloorViewModel model;
    private final SpanChooser chooser;

    HeatMaps(FloorMapView map, HBox spanBar, FloorViewModel model) {
        this.map = map;
        this.spanBar = spanBar;
        this.model = model;
        this.chooser = new SpanChooser(model.time().targets(), model.time()::current, model.chosenProperty()::set);
        compared.setId("compared-map");
    }

    /** Puts the second map beside the main one and the chooser under the span selector, in the map's frame. */
    void install() {
        StackPane frame = (StackPane) map.getParent();
        compared.setPlan(model.plan());
        compared.setVisible(false);
        compared.setManaged(false);
        HBox maps = new HBox(8, compared, map);
        HBox.setHgrow(map, Priority.ALWAYS);
        HBox.setHgrow(compared, Priority.ALWAYS);
        chooser.setVisible(false);
        chooser.setManaged(false);
        chooser.setMaxWidth(Region.USE_PREF_SIZE);
        frame.getChildren().remove(spanBar);
        VBox overlay = new VBox(6, spanBar, chooser);
        overlay.setPickOnBounds(false);
        overlay.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(overlay, Pos.TOP_LEFT);
        StackPane.setMargin(overlay, new Insets(10, 0, 0, 10));
        frame.getChildren().setAll(maps, overlay);
        buildSpanSelector();
    }

    void show(HeatView heat) {
        if (heat == null) {
            return;
        }
        HeatView.Comparison other = heat.comparison();
        boolean sideBySide = other != null && other.mode() == CompareMode.SIDE_BY_SIDE;
        compared.setVisible(sideBySide);
        compared.setManaged(sideBySide);
        if (other == null) {
            map.setHeat(heat.intensity(), heat.label());
        } else if (sideBySide) {
            double scale = heat.sharedPeak();
            compared.setHeat(other.intensity(), other.label(), scale);
            map.setHeat(heat.intensity(), heat.label(), scale);
        } else {
            map.setHeatDifference(heat.difference(), heat.label());
        }
    }

    private void buildSpanSelector() {
        ToggleGroup group = new ToggleGroup();
        for (HeatSpan span : HeatSpan.values()) {
            ToggleButton button = new ToggleButton(span.title());
            button.setId("span-" + span.name());
            button.getStyleClass().add("span-button");
            button.setToggleGroup(group);
            button.setUserData(span);
            button.setSelected(span == model.spanProperty().get());
            spanBar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            HeatSpan span = (HeatSpan) now.getUserData();
            boolean choosing = span == HeatSpan.CHOSEN;
            chooser.setVisible(choosing);
            chooser.setManaged(choosing);
            if (choosing && model.chosenProperty().get() == null) {
                chooser.open();
            }
            model.spanProperty().set(span);
        });
    }
}
