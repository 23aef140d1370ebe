package org.floorwatch.views.map;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.SensorHealth;
import org.floorwatch.floorplan.alarm.StationAlarms;
import org.floorwatch.floorplan.live.FloorSnapshot;

/**
 * The live floor map: the plan fitted to the control, with pan (drag), zoom (scroll, around the cursor), the heat
 * overlay, parts moving along their routes, WIP badges and sensor states. The host gives it snapshots and heat
 * when they change and calls {@link #drawFrame} when floor time moves on; everything runs on the JavaFX thread.
 * Two layers ({@link MapLayers}), each redrawn only when what it shows changed: the plan with the heat and the marks
 * (plan, view, heat, snapshot, alarm marks, hover or selection changed; the heat image only when the heat or the
 * view did) and the moving parts (floor time moved on and something moves). {@link #animates} tells the host whether a later floor time would look
 * any different, so it can stop asking for frames.
 */
public final class FloorMapView extends Region {

    private final MapLayers layers = new MapLayers();
    private final HeatOverlay heat = new HeatOverlay();
    private final MapViewport viewport = new MapViewport();
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
    private boolean movingDirty = true;
    private boolean heatVisible = true;
    private String heatLabel;
    private double lastFrame;

    public FloorMapView() {
        getStyleClass().add("floor-map");
        getChildren().addAll(layers.canvases());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        new MapMouse(viewport, this::viewChanged, (x, y) -> {
            selectedStation.set(stationAt(x, y).orElse(null));
        }).install(this);
        setOnMouseMoved(e -> hoveredStation.set(stationAt(e.getX(), e.getY()).orElse(null)));
        setOnMouseExited(e -> hoveredStation.set(null));
        selectedStation.addListener((obs, old, now) -> marksChanged());
        hoveredStation.addListener((obs, old, now) -> marksChanged());
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
        planDirty = true;
        movingDirty = true;
    }

    /** The snapshot drawn now (the last one given). */
    public FloorSnapshot snapshot() {
        return snapshot;
    }

    /**
     * The alarm marks: stations in alarm (see {@link StationAlarms}) and sensors whose health is in doubt, by id;
     * drawn at once (with the next pulse).
     */
    public void setAlarmMarks(Map<String, StationAlarms.Mark> stations, Map<String, SensorHealth.Flags> sensors) {
        requirePlan();
        marks.update(stations, sensors);
        marksChanged();
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

    /**
     * Shows the floor at floor time {@code floorTime}: redraws what changed since the last frame (the moving layer
     * only if something on it moves between the two times). JavaFX thread.
     */
    public void drawFrame(Instant floorTime) {
        long start = System.nanoTime();
        double now = TransitParts.seconds(floorTime);
        if (planDirty) {
            paintPlan();
        }
        if (movingDirty || live != null && live.movesBetween(lastFrame, now)) {
            lastFrame = now;
            paintMoving();
        }
        lastFrame = now;
        frameStats.record(System.nanoTime() - start);
    }

    /** Whether a frame at a later floor time than the last drawn would look different (parts move, alarms pulse). */
    public boolean animates() {
        return live != null && live.movesAfter(lastFrame);
    }

    /** How often each layer has been redrawn since the control was made, for tests and measurements. */
    public LayerPaints layerPaints() {
        return layers.paints(heat);
    }

    /** Back to the whole plan fitted to the control. */
    public void resetView() {
        viewport.reset();
        viewChanged();
    }

    /** The station under a point in this control's coordinates. */
    public Optional<String> stationAt(double x, double y) {
        return plan == null ? Optional.empty() : geometry.stationAt(viewport.planX(x), viewport.planY(y));
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
        if (layers.resize(width, height)) {
            viewport.setViewSize(width, height);
            planDirty = true;
            movingDirty = true;
        }
        if (planDirty) {
            paintPlan();
        }
        if (movingDirty) {
            paintMoving();
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

    /** Repaints every layer once before the next frame, however many changes come first. */
    private void viewChanged() {
        planDirty = true;
        movingDirty = true;
        requestLayout();
    }

    /** Repaints the marks once with the next pulse (a layout pass), however many changes come first. */
    private void marksChanged() {
        planDirty = true;
        requestLayout();
    }

    /** The plan layer: the plan, the heat and the marks over them. */
    private void paintPlan() {
        planDirty = false;
        if (plan == null) {
            return;
        }
        boolean showHeat = heatVisible && !heat.isEmpty();
        layers.paintPlan(viewport, plan, areas, geometry, labels, showHeat ? heat : null, heatLabel, () -> {
            GraphicsContext gc = layers.planGraphics();
            live.paintMarks(gc, viewport, labels, hoveredStation.get(), selectedStation.get());
            marks.paint(gc, viewport);
        });
    }

    private void paintMoving() {
        movingDirty = false;
        if (live != null) {
            layers.paintMoving(live, viewport, lastFrame);
        }
    }

    private void requirePlan() {
        if (plan == null) {
            throw new IllegalStateException("The floor map has no plan yet: call setPlan first");
        }
    }
}
