package org.floorwatch.views.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * Draws what changes only with the plan or the view: the floor, the heat overlay and department areas, and the
 * routes, stations and station names (over it), where {@link StationLabels} put them. Department areas hug their
 * stations more closely as the map is zoomed out, and carry their name only where it covers nothing.
 */
final class PlanPainter {

    /** A department's area keeps this far from its stations, at most {@link #AREA_PADDING_PX} and at least 2 px. */
    private static final double AREA_PADDING_M = 1.5;
    private static final double AREA_PADDING_PX = 10;
    private static final double AREA_LABEL_PX = 16;
    private static final double AREA_LABEL_MIN_WIDTH_PX = 40;
    private static final double ARROW_PX = 6;

    /** Floor, then the heat overlay (null: none), then the department areas. */
    void paintFloor(GraphicsContext gc, MapViewport view, FloorPlan plan, List<DepartmentAreas.Area> areas,
                    HeatOverlay heat) {
        Canvases.clear(gc, MapPalette.OUTSIDE);
        double left = view.screenX(0);
        double top = view.screenY(0);
        double width = plan.size().width() * view.scale();
        double height = plan.size().height() * view.scale();
        gc.setFill(MapPalette.FLOOR);
        gc.fillRect(left, top, width, height);
        gc.setStroke(MapPalette.FLOOR_EDGE);
        gc.setLineWidth(1);
        gc.strokeRect(Canvases.crisp(left), Canvases.crisp(top), Math.round(width), Math.round(height));
        if (heat != null) {
            heat.paint(gc, view);
        }
        gc.setStroke(MapPalette.DEPARTMENT_EDGE);
        gc.setFill(MapPalette.DEPARTMENT_LABEL);
        gc.setFont(MapPalette.DEPARTMENT_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setLineDashes(4, 4);
        double padding = Math.max(2, Math.min(AREA_PADDING_PX, AREA_PADDING_M * view.scale()));
        List<double[]> boxes = new ArrayList<>();
        for (DepartmentAreas.Area area : areas) {
            boxes.add(new double[] {view.screenX(area.x()) - padding, view.screenY(area.y()) - padding,
                area.width() * view.scale() + 2 * padding, area.height() * view.scale() + 2 * padding});
        }
        for (int i = 0; i < boxes.size(); i++) {
            double[] box = boxes.get(i);
            double[] band = {box[0], box[1] - AREA_LABEL_PX, box[2], AREA_LABEL_PX};
            boolean named = box[2] >= AREA_LABEL_MIN_WIDTH_PX && isFree(band, i, boxes, plan, view);
            double y = named ? band[1] : box[1];
            double h = box[3] + (named ? AREA_LABEL_PX : 0);
            gc.strokeRoundRect(Canvases.crisp(box[0]), Canvases.crisp(y), Math.round(box[2]), Math.round(h), 10, 10);
            if (named) {
                gc.fillText(areas.get(i).name().toUpperCase(Locale.ROOT), box[0] + 8, y + 3, box[2] - 12);
            }
        }
        gc.setLineDashes();
    }

    /** Whether a department's name band over its area touches no other area and no station. */
    private static boolean isFree(double[] band, int own, List<double[]> boxes, FloorPlan plan, MapViewport view) {
        for (int j = 0; j < boxes.size(); j++) {
            if (j != own && overlap(band, boxes.get(j))) {
                return false;
            }
        }
        for (Station station : plan.stations()) {
            double[] rect = {view.screenX(station.x()), view.screenY(station.y()), station.width() * view.scale(),
                station.height() * view.scale()};
            if (overlap(band, rect)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** Routes, then stations with the names {@code labels} (laid out for this view) gives them, over the floor. */
    void paintPlant(GraphicsContext gc, MapViewport view, FloorPlan plan, FloorGeometry geometry, StationLabels labels) {
        gc.setStroke(MapPalette.ROUTE);
        gc.setFill(MapPalette.ROUTE);
        gc.setLineWidth(1.25);
        for (Route route : plan.routes()) {
            geometry.path(route.from(), route.to()).ifPresent(path -> paintRoute(gc, view, path.points()));
        }
        gc.setLineWidth(1);
        List<Station> stations = plan.stations();
        for (int i = 0; i < stations.size(); i++) {
            Station station = stations.get(i);
            double x = Canvases.crisp(view.screenX(station.x()));
            double y = Canvases.crisp(view.screenY(station.y()));
            double w = Math.round(station.width() * view.scale());
            double h = Math.round(station.height() * view.scale());
            gc.setFill(MapPalette.STATION_FILL);
            gc.fillRect(x, y, w, h);
            gc.setStroke(MapPalette.STATION_EDGE);
            gc.strokeRect(x, y, w, h);
            if (labels.name(i) != null) {
                drawName(gc, labels.name(i), labels.font(i), labels.nameX(i), labels.nameY(i));
            }
        }
    }

    private static void drawName(GraphicsContext gc, String text, Font font, double centreX, double centreY) {
        gc.setFill(MapPalette.STATION_LABEL);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, Math.round(centreX), Math.round(centreY));
    }

    private static void paintRoute(GraphicsContext gc, MapViewport view, List<Point> points) {
        if (points.size() < 2) {
            return;
        }
        gc.beginPath();
        gc.moveTo(view.screenX(points.get(0).x()), view.screenY(points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            gc.lineTo(view.screenX(points.get(i).x()), view.screenY(points.get(i).y()));
        }
        gc.stroke();
        Point tip = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
        double x = view.screenX(tip.x());
        double y = view.screenY(tip.y());
        gc.fillPolygon(
                new double[] {x, x - ARROW_PX * Math.cos(angle - 0.45), x - ARROW_PX * Math.cos(angle + 0.45)},
                new double[] {y, y - ARROW_PX * Math.sin(angle - 0.45), y - ARROW_PX * Math.sin(angle + 0.45)}, 3);
    }
}
