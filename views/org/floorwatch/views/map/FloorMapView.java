package org.floorwatch.views.map;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.alarm.SensorHealth;
import org.floorwatch.floorplan.alarm.StationAlarms;
import org.floorwatch.floorplan.live.FloorSnapshot;

/**
 * The live floor map: the plan fitted to the control, with pan (drag), zoom (scroll, around the cursor), the heat
 * overlay, parts moving along their routes, WIP badges and sensor states. The host gives it snapshots and heat
 * when they change and calls {@link #drawFrame} once per frame (from an AnimationTimer); everything runs on the
 * JavaFX thread. Three canvases, bottom up: floor (with the heat image and department areas), plant (routes,
 * stations, names, legend) and live (parts, badges, alarms, sensors). Only the live layer is drawn every frame;
 * the others when the plan, the view or the heat change. Alarm marks ({@link AlarmMarks}) go on the live layer.
 */
public final class FloorMapView extends Region {

    private final Canvas floorLayer = new Canvas();
    private final HeatOverlay heat = new HeatOverlay();
    private final Canvas plantLayer = new Canvas();
    private final Canvas liveLayer = new Canvas();
    private final MapViewport viewport = new MapViewport();
    private final PlanPainter planPainter = new PlanPainter();
    private final FrameStats frameStats = new FrameStats(600);
    private final ReadOnlyObjectWrapper<String> selectedStation = new ReadOnlyObjectWrapper<>(this, "selectedStation");
    private final ReadOnlyObjectWrapper<String> hoveredStation = new ReadOnlyObjectWrapper<>(this, "hoveredStation");
    private FloorPlan plan;
    private FloorGeometry geometry;
    private List<DepartmentAreas.Area> areas = List.of();
    private LivePainter live;
    private AlarmMarks marks;
    private StationLabels labels;
    private FloorSnapshot snapshot = FloorSnapshot.EMPTY;
    private boolean planDirty = true;
    private boolean heatVisible = true;
    private String heatLabel;
    private double lastFrame;

    public FloorMapView() {
        getStyleClass().add("floor-map");
        getChildren().addAll(floorLayer, plantLayer, liveLayer);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        new MapMouse(viewport, this::viewChanged, (x, y) -> {
            selectedStation.set(stationAt(x, y).orElse(null));
            paintLive();
        }).install(this);
        setOnMouseMoved(e -> hoveredStation.set(stationAt(e.getX(), e.getY()).orElse(null)));
        setOnMouseExited(e -> hoveredStation.set(null));
    }

    public void setPlan(FloorPlan plan) {
        this.plan = plan;
        geometry = new FloorGeometry(plan);
        areas = DepartmentAreas.of(plan);
        live = new LivePainter(plan);
        marks = new AlarmMarks(plan);
        labels = new StationLabels(plan.stations());
        viewport.setPlanSize(plan.size().width(), plan.size().height());
        viewport.reset();
        selectedStation.set(null);
        hoveredStation.set(null);
        heatLabel = null;
        heat.clear();
        viewChanged();
    }

    /** The floor now; parts are placed along their routes by the frame time {@link #drawFrame} is given. */
    public void setSnapshot(FloorSnapshot snapshot) {
        requirePlan();
        live.update(snapshot, geometry);
        this.snapshot = snapshot;
    }

    /** The snapshot drawn now (the last one given). */
    public FloorSnapshot snapshot() {
        return snapshot;
    }

    /**
     * The alarm marks: stations in alarm (see {@link StationAlarms}) and sensors whose health is in doubt, by id;
     * drawn with the next frame.
     */
    public void setAlarmMarks(Map<String, StationAlarms.Mark> stations, Map<String, SensorHealth.Flags> sensors) {
        requirePlan();
        marks.update(stations, sensors);
    }

    /** Pans the map so that the station is in the middle, zoomed in a little, and selects it. */
    public void centreOn(String stationId) {
        requirePlan();
        plan.station(stationId).ifPresent(station -> {
            viewport.centreOn(station.centreX(), station.centreY(), 1.5);
            selectedStation.set(station.id());
            viewChanged();
        });
    }

    /**
     * The heat overlay from an intensity per station (e.g. time-weighted WIP), scaled to its largest value, and
     * what it shows for the legend (e.g. "Avg WIP, last 15 min").
     */
    public void setHeat(Map<String, Double> intensity, String label) {
        requirePlan();
        showHeat(HeatField.of(plan, intensity), label);
    }

    /** The heat overlay scaled to {@code scale} (so two maps side by side share one), with its legend's words. */
    public void setHeat(Map<String, Double> intensity, String label, double scale) {
        requirePlan();
        showHeat(HeatField.of(plan, intensity, scale), label);
    }

    /**
     * A difference overlay: per station a signed difference (e.g. one span's mean WIP minus another's), with a
     * diverging legend that says in words which side is better.
     */
    public void setHeatDifference(Map<String, Double> difference, String label) {
        requirePlan();
        showHeat(HeatField.difference(plan, difference), label);
    }

    private void showHeat(HeatField field, String label) {
        heat.show(field);
        heatLabel = label;
        viewChanged();
    }

    public void setHeatVisible(boolean visible) {
        heatVisible = visible;
        viewChanged();
    }

    public boolean isHeatVisible() {
        return heatVisible;
    }

    /** Draws the live layer for floor time {@code floorTime}; call once per frame on the JavaFX thread. */
    public void drawFrame(Instant floorTime) {
        long start = System.nanoTime();
        lastFrame = TransitParts.seconds(floorTime);
        if (planDirty) {
            paintPlan();
        }
        paintLive();
        frameStats.record(System.nanoTime() - start);
    }

    /** Back to the whole plan fitted to the control. */
    public void resetView() {
        viewport.reset();
        viewChanged();
    }

    /** The station under a point in this control's coordinates. */
    public Optional<String> stationAt(double x, double y) {
        if (plan == null) {
            return Optional.empty();
        }
        double px = viewport.planX(x);
        double py = viewport.planY(y);
        List<Station> stations = plan.stations();
        for (int i = stations.size() - 1; i >= 0; i--) {
            Station s = stations.get(i);
            if (px >= s.x() && px <= s.x() + s.width() && py >= s.y() && py <= s.y() + s.height()) {
                return Optional.of(s.id());
            }
        }
        return Optional.empty();
    }

    /** The station the user clicked last (null after a click on open floor). */
    public ReadOnlyObjectProperty<String> selectedStationProperty() {
        return selectedStation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> hoveredStationProperty() {
        return hoveredStation.getReadOnlyProperty();
    }

    /** Where a floor point (metres) is drawn now, in this control's coordinates. */
    public Point2D screenPoint(double floorX, double floorY) {
        return new Point2D(viewport.screenX(floorX), viewport.screenY(floorY));
    }

    /** Pixels per metre of floor as drawn now. */
    public double scale() {
        return viewport.scale();
    }

    /** The CPU time of the latest {@link #drawFrame} calls. */
    public FrameStats frameStats() {
        return frameStats;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width != floorLayer.getWidth() || height != floorLayer.getHeight()) {
            for (Canvas layer : List.of(floorLayer, plantLayer, liveLayer)) {
                layer.setWidth(width);
                layer.setHeight(height);
            }
            viewport.setViewSize(width, height);
            planDirty = true;
        }
        if (planDirty) {
            paintPlan();
            paintLive();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 540;
    }

    /** Repaints the floor and plant layers once before the next frame, however many changes come first. */
    private void viewChanged() {
        planDirty = true;
        requestLayout();
    }

    private void paintPlan() {
        planDirty = false;
        if (plan == null) {
            return;
        }
        boolean showHeat = heatVisible && !heat.isEmpty();
        planPainter.paintFloor(floorLayer.getGraphicsContext2D(), viewport, plan, areas, showHeat ? heat : null);
        labels.layout(viewport);
        planPainter.paintPlant(plantLayer.getGraphicsContext2D(), viewport, plan, geometry, labels);
        if (showHeat && heat.signed()) {
            HeatLegend.paintDifference(plantLayer.getGraphicsContext2D(), heatLabel, heat.scale());
        } else if (showHeat) {
            HeatLegend.paint(plantLayer.getGraphicsContext2D(), heatLabel, heat.scale());
        }
    }

    private void paintLive() {
        if (live != null) {
            live.paint(liveLayer.getGraphicsContext2D(), viewport, labels, lastFrame, hoveredStation.get(),
                    selectedStation.get());
            marks.paint(liveLayer.getGraphicsContext2D(), viewport);
        }
    }

    private void requirePlan() {
        if (plan == null) {
            throw new IllegalStateException("The floor map has no plan yet: call setPlan first");
        }
    }
}
