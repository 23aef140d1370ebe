package org.floorwatch.views.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * Draws what changes only with the plan or the view: the floor, the heat overlay and department areas, and the
 * routes, stations and station names (over it). Also decides where in a station its name and WIP badge
 * sit, so the live layer puts the badge where the name left room.
 */
final class PlanPainter {

    /** A station this tall (pixels) or more shows its WIP badge under its name; a shorter one at its corner. */
    static final double ROOM_FOR_BADGE_PX = 34;
    private static final double LABEL_PADDING_PX = 6;
    private static final double AREA_PADDING_PX = 10;
    private static final double AREA_LABEL_PX = 16;
    private static final double ARROW_PX = 6;
    private static final int MIN_SHORTENED = 3;

    private final Text measure = new Text();

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
        for (DepartmentAreas.Area area : areas) {
            double x = view.screenX(area.x()) - AREA_PADDING_PX;
            double y = view.screenY(area.y()) - AREA_PADDING_PX - AREA_LABEL_PX;
            double w = area.width() * view.scale() + 2 * AREA_PADDING_PX;
            double h = area.height() * view.scale() + 2 * AREA_PADDING_PX + AREA_LABEL_PX;
            gc.strokeRoundRect(Canvases.crisp(x), Canvases.crisp(y), Math.round(w), Math.round(h), 10, 10);
            gc.fillText(area.name().toUpperCase(java.util.Locale.ROOT), x + 8, y + 4);
        }
        gc.setLineDashes();
    }

    void paintPlant(GraphicsContext gc, MapViewport view, FloorPlan plan, FloorGeometry geometry) {
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        gc.setStroke(MapPalette.ROUTE);
        gc.setFill(MapPalette.ROUTE);
        gc.setLineWidth(1.25);
        for (Route route : plan.routes()) {
            geometry.path(route.from(), route.to()).ifPresent(path -> paintRoute(gc, view, path.points()));
        }
        gc.setLineWidth(1);
        for (Station station : plan.stations()) {
            double x = Canvases.crisp(view.screenX(station.x()));
            double y = Canvases.crisp(view.screenY(station.y()));
            double w = Math.round(station.width() * view.scale());
            double h = Math.round(station.height() * view.scale());
            gc.setFill(MapPalette.STATION_FILL);
            gc.fillRect(x, y, w, h);
            gc.setStroke(MapPalette.STATION_EDGE);
            gc.strokeRect(x, y, w, h);
            paintName(gc, station, x + w / 2, labelY(y, h), w);
        }
    }

    /** Where a station's name is centred vertically, given its top and height in pixels. */
    static double labelY(double top, double height) {
        return height >= ROOM_FOR_BADGE_PX ? top + height / 2 - 7 : top + height / 2;
    }

    /** The name, else the id, at the normal then the small size; else as much of the id as fits. */
    private void paintName(GraphicsContext gc, Station station, double centreX, double centreY, double width) {
        for (Font font : List.of(MapPalette.STATION_FONT, MapPalette.STATION_SMALL_FONT)) {
            for (String text : List.of(station.name(), station.id())) {
                if (fits(text, font, width)) {
                    drawName(gc, text, font, centreX, centreY);
                    return;
                }
            }
        }
        for (int length = station.id().length() - 1; length >= MIN_SHORTENED; length--) {
            String text = station.id().substring(0, length) + "…";
            if (fits(text, MapPalette.STATION_SMALL_FONT, width)) {
                drawName(gc, text, MapPalette.STATION_SMALL_FONT, centreX, centreY);
                return;
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

    private boolean fits(String text, Font font, double width) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth() <= width - LABEL_PADDING_PX;
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
