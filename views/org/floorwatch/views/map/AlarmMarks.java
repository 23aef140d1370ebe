package org.floorwatch.views.map;

import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.alarm.AlarmPriority;
import org.floorwatch.floorplan.alarm.SensorHealth;
import org.floorwatch.floorplan.alarm.StationAlarms.Mark;

/**
 * Draws the alarm marks on the live layer, never by colour alone: at a station in alarm, its priority as a shape
 * (a triangle for high, a diamond for medium, a square for low; filled until acknowledged, then outlined) and its
 * alarm in words ("HEAT ALARM +1"); beside a sensor whose health is in doubt, a dashed ring with "?" and the words
 * ("unusual"). Marks are laid out in plan order when they change, so a frame allocates nothing.
 */
final class AlarmMarks {

    private static final double GLYPH_PX = 13;
    private static final double TEXT_GAP_PX = 4;

    private final List<Station> stations;
    private final List<Sensor> sensors;
    private final Mark[] marks;
    private final String[] markWords;
    private final double[] wordWidths;
    private final String[] health;
    private final Text measure = new Text();

    AlarmMarks(FloorPlan plan) {
        stations = plan.stations();
        sensors = plan.sensors();
        marks = new Mark[stations.size()];
        markWords = new String[stations.size()];
        wordWidths = new double[stations.size()];
        health = new String[sensors.size()];
        measure.setFont(MapPalette.BADGE_FONT);
    }

    void update(Map<String, Mark> byStation, Map<String, SensorHealth.Flags> bySensor) {
        for (int i = 0; i < stations.size(); i++) {
            Mark mark = byStation.get(stations.get(i).id());
            marks[i] = mark;
            markWords[i] = mark == null ? null : mark.words() + (mark.more() > 0 ? " +" + mark.more() : "")
                    + (mark.acknowledged() ? " \u00b7 ack" : "");
            if (mark != null) {
                measure.setText(markWords[i]);
                wordWidths[i] = Math.ceil(measure.getLayoutBounds().getWidth());
            }
        }
        for (int i = 0; i < sensors.size(); i++) {
            SensorHealth.Flags flags = bySensor.get(sensors.get(i).id());
            health[i] = flags == null || !flags.any() ? null : flags.words();
        }
    }

    void paint(GraphicsContext gc, MapViewport view) {
        gc.setFont(MapPalette.BADGE_FONT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < stations.size(); i++) {
            if (marks[i] != null) {
                Station station = stations.get(i);
                double x = Math.round(view.screenX(station.x()));
                double y = Math.round(view.screenY(station.y() + station.height())) + GLYPH_PX / 2 + 4;
                paintMark(gc, marks[i], markWords[i], wordWidths[i], x, y);
            }
        }
        for (int i = 0; i < sensors.size(); i++) {
            if (health[i] != null) {
                paintHealth(gc, view.screenX(sensors.get(i).x()) + 7, view.screenY(sensors.get(i).y()), health[i]);
            }
        }
    }

    private static void paintMark(GraphicsContext gc, Mark mark, String words, double width, double x, double y) {
        Color colour = colour(mark.priority());
        double textX = x + GLYPH_PX + TEXT_GAP_PX;
        gc.setFill(MapPalette.MARK_BACK);
        gc.fillRoundRect(x - 3, y - GLYPH_PX / 2 - 3, GLYPH_PX + TEXT_GAP_PX + width + 9, GLYPH_PX + 6, 6, 6);
        double[] xs;
        double[] ys;
        double h = GLYPH_PX / 2;
        switch (mark.priority()) {
            case HIGH -> {
                xs = new double[] {x + h, x + GLYPH_PX, x};
                ys = new double[] {y - h, y + h, y + h};
            }
            case MEDIUM -> {
                xs = new double[] {x + h, x + GLYPH_PX, x + h, x};
                ys = new double[] {y - h, y, y + h, y};
            }
            default -> {
                xs = new double[] {x + 1, x + GLYPH_PX - 1, x + GLYPH_PX - 1, x + 1};
                ys = new double[] {y - h + 1, y - h + 1, y + h - 1, y + h - 1};
            }
        }
        gc.setLineWidth(2);
        if (mark.acknowledged()) {
            gc.setStroke(colour);
            gc.strokePolygon(xs, ys, xs.length);
        } else {
            gc.setFill(colour);
            gc.fillPolygon(xs, ys, xs.length);
        }
        gc.setFill(colour);
        gc.fillText(words, textX, y);
    }

    private static void paintHealth(GraphicsContext gc, double x, double y, String words) {
        gc.setStroke(MapPalette.HEALTH);
        gc.setLineWidth(1);
        gc.setLineDashes(2, 2);
        gc.strokeOval(x, y - 6, 12, 12);
        gc.setLineDashes();
        gc.setFill(MapPalette.HEALTH);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("?", x + 6, y);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(words, x + 15, y);
    }

    static Color colour(AlarmPriority priority) {
        return switch (priority) {
            case HIGH -> MapPalette.ALARM;
            case MEDIUM -> MapPalette.WARN;
            case LOW -> MapPalette.ALARM_LOW;
        };
    }
}
