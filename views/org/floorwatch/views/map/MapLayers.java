package org.floorwatch.views.map;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.floorwatch.floorplan.FloorPlan;

/**
 * The map's two canvases, each redrawn only when what it shows changed. Below, the plan: the floor, the heat image
 * (computed again only when the heat or the view changed), department areas, routes, stations, names, the legend,
 * and over them the marks (badges, warning borders, temperatures, sensors, hover and selection, alarm marks); it is
 * redrawn when the plan, the view, the heat, the snapshot, the marks, the hover or the selection change. Above, the
 * moving layer: parts on their way and pulsing alarm borders, redrawn every animation step. In the software
 * pipeline an animation frame then costs the moving layer's rectangles and compositing two layers.
 */
final class MapLayers {

    private final Canvas plan = new Canvas();
    private final Canvas moving = new Canvas();
    private final PlanPainter planPainter = new PlanPainter();
    private long planPaints;
    private long movingPaints;

    /** The canvases, bottom up. */
    List<Canvas> canvases() {
        return List.of(plan, moving);
    }

    /** Sizes every layer to the control; true when the size changed (then everything must be redrawn). */
    boolean resize(double width, double height) {
        if (width == plan.getWidth() && height == plan.getHeight()) {
            return false;
        }
        for (Canvas layer : canvases()) {
            layer.setWidth(width);
            layer.setHeight(height);
        }
        return true;
    }

    /**
     * The floor, the heat (null: none, else with its legend's words), the areas, routes, stations and names, then
     * the live marks.
     */
    void paintPlan(MapViewport view, FloorPlan floorPlan, List<DepartmentAreas.Area> areas, FloorGeometry geometry,
                   StationLabels labels, HeatOverlay heat, String heatLabel, Runnable marks) {
        planPaints++;
        GraphicsContext gc = plan.getGraphicsContext2D();
        planPainter.paintFloor(gc, view, floorPlan, areas, heat);
        labels.layout(view);
        planPainter.paintPlant(gc, view, floorPlan, geometry, labels);
        if (heat != null && heat.signed()) {
            HeatLegend.paintDifference(gc, heatLabel, heat.scale());
        } else if (heat != null) {
            HeatLegend.paint(gc, heatLabel, heat.scale());
        }
        marks.run();
    }

    GraphicsContext planGraphics() {
        return plan.getGraphicsContext2D();
    }

    void paintMoving(LivePainter live, MapViewport view, double floorSeconds) {
        movingPaints++;
        live.paintMoving(moving.getGraphicsContext2D(), view, floorSeconds);
    }

    LayerPaints paints(HeatOverlay heat) {
        return new LayerPaints(heat.computed(), planPaints, movingPaints);
    }
}
