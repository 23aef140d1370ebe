package org.floorwatch.views.map;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.floorwatch.floorplan.live.HeatLevel;

/**
 * Draws the live floor in two parts. What moves, on its own layer every animation step: parts in transit and the
 * border of each station in alarm (it pulses slowly, with a thicker line). The marks, over the plan when the
 * snapshot, the view, the hover or the selection change: each station's WIP badge (where it fits: see {@link StationLabels}), warning border and
 * offending temperature above it where there is room, the hovered and selected station, and the sensors coloured by
 * their latest reading. The snapshot is turned into arrays in plan order when it arrives, so a frame allocates
 * nothing.
 */
final class LivePainter {

    private static final double BLINK_PERIOD_S = 2;
    private static final double SENSOR_RADIUS_PX = 4;

    private final List<Station> stations;
    private final List<Sensor> sensors;
    private final String[] badges;
    private final double[] badgeWidths;
    private final String[] numbers;
    private final double[] numberWidths;
    private final HeatLevel[] stationLevels;
    private final String[] temperatures;
    private final double[] temperatureWidths;
    private final String[] shortTemperatures;
    private final double[] shortWidths;
    private final HeatLevel[] sensorLevels;
    private final TransitParts parts = new TransitParts();
    private final Text measure = new Text();

    LivePainter(FloorPlan plan) {
        stations = plan.stations();
        sensors = plan.sensors();
        badges = new String[stations.size()];
        badgeWidths = new double[stations.size()];
        numbers = new String[stations.size()];
        numberWidths = new double[stations.size()];
        stationLevels = new HeatLevel[stations.size()];
        temperatures = new String[stations.size()];
        temperatureWidths = new double[stations.size()];
        shortTemperatures = new String[stations.size()];
        shortWidths = new double[stations.size()];
        sensorLevels = new HeatLevel[sensors.size()];
        update(FloorSnapshot.EMPTY, new FloorGeometry(plan));
        measure.setFont(MapPalette.BADGE_FONT);
    }

    void update(FloorSnapshot snapshot, FloorGeometry geometry) {
        Map<String, StationLive> byStation = new HashMap<>();
        snapshot.stations().forEach(live -> byStation.put(live.station(), live));
        for (int i = 0; i < stations.size(); i++) {
            StationLive live = byStation.get(stations.get(i).id());
            boolean shows = live != null && live.wip() > 0;
            badges[i] = shows ? "WIP " + live.wip() : null;
            badgeWidths[i] = shows ? badgeWidth(badges[i]) : 0;
            numbers[i] = shows ? Long.toString(live.wip()) : null;
            numberWidths[i] = shows ? badgeWidth(numbers[i]) - 4 : 0;
            stationLevels[i] = live == null ? HeatLevel.NO_READING : live.heat();
        }
        Map<String, SensorLive> bySensor = new HashMap<>();
        snapshot.sensors().forEach(live -> bySensor.put(live.sensor(), live));
        for (int i = 0; i < sensors.size(); i++) {
            SensorLive live = bySensor.get(sensors.get(i).id());
            sensorLevels[i] = live == null ? HeatLevel.NO_READING : live.level();
        }
        for (int i = 0; i < stations.size(); i++) {
            SensorLive hottest = hottestOutOfLimits(stations.get(i).id(), snapshot.sensors());
            temperatures[i] = hottest == null ? null : String.format(Locale.ROOT, "%.1f \u00b0C", hottest.celsius());
            shortTemperatures[i] = hottest == null ? null : String.format(Locale.ROOT, "%.0f\u00b0", hottest.celsius());
            temperatureWidths[i] = hottest == null ? 0 : badgeWidth(temperatures[i]) - 12;
            shortWidths[i] = hottest == null ? 0 : badgeWidth(shortTemperatures[i]) - 12;
        }
        parts.update(snapshot.inTransit(), geometry);
    }

    TransitParts parts() {
        return parts;
    }

    /** Whether anything of the moving layer changes between floor times {@code from} and {@code to}. */
    boolean movesBetween(double from, double to) {
        return from != to && (pulsing() || parts.movesBetween(from, to));
    }

    /** Whether anything of the moving layer will still change after floor time {@code now}. */
    boolean movesAfter(double now) {
        return pulsing() || parts.movesAfter(now);
    }

    /**
     * Draws what moves with floor time: the parts on their way and the pulsing border of each station in alarm,
     * onto a cleared layer.
     */
    void paintMoving(GraphicsContext gc, MapViewport view, double now) {
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        parts.paint(gc, view, now, Math.max(3, Math.min(5, view.scale() * 0.4)));
        double pulse = 0.65 + 0.35 * Math.cos(2 * Math.PI * (now % BLINK_PERIOD_S) / BLINK_PERIOD_S);
        gc.setGlobalAlpha(pulse);
        gc.setStroke(MapPalette.ALARM);
        gc.setLineWidth(3);
        for (int i = 0; i < stations.size(); i++) {
            if (stationLevels[i] == HeatLevel.ALARM) {
                Station station = stations.get(i);
                gc.strokeRect(Canvases.crisp(view.screenX(station.x())), Canvases.crisp(view.screenY(station.y())),
                        Math.round(station.width() * view.scale()), Math.round(station.height() * view.scale()));
            }
        }
        gc.setGlobalAlpha(1);
    }

    /**
     * Draws what changes only with the snapshot, the view, the hover or the selection, onto a cleared layer: warning
     * borders, the hovered and selected station, WIP badges where {@code labels} (laid out for this view) left room,
     * temperatures out of limits, and the sensors.
     */
    void paintMarks(GraphicsContext gc, MapViewport view, StationLabels labels, String hovered, String selected) {
        for (int i = 0; i < stations.size(); i++) {
            Station station = stations.get(i);
            double x = Canvases.crisp(view.screenX(station.x()));
            double y = Canvases.crisp(view.screenY(station.y()));
            double w = Math.round(station.width() * view.scale());
            double h = Math.round(station.height() * view.scale());
            paintBorder(gc, stationLevels[i], station.id(), x, y, w, h, hovered, selected);
            if (badges[i] != null) {
                paintBadge(gc, i, labels);
            }
            String temperature = temperatures[i] == null ? null : w >= temperatureWidths[i] ? temperatures[i]
                    : w >= shortWidths[i] ? shortTemperatures[i] : null;
            if (temperature != null) {
                gc.setFill(stationLevels[i] == HeatLevel.ALARM ? MapPalette.ALARM : MapPalette.WARN);
                gc.setFont(MapPalette.BADGE_FONT);
                gc.setTextAlign(TextAlignment.RIGHT);
                gc.setTextBaseline(VPos.BOTTOM);
                gc.fillText(temperature, x + w, y - 3);
            }
        }
        paintSensors(gc, view);
    }

    private boolean pulsing() {
        for (HeatLevel level : stationLevels) {
            if (level == HeatLevel.ALARM) {
                return true;
            }
        }
        return false;
    }

    /** A warning's border (an alarm's pulses on the moving layer), and the hover or selection edge. */
    private void paintBorder(GraphicsContext gc, HeatLevel level, String id, double x, double y, double w, double h,
                             String hovered, String selected) {
        if (level == HeatLevel.WARN) {
            gc.setStroke(MapPalette.WARN);
            gc.setLineWidth(2);
            gc.strokeRect(x, y, w, h);
        }
        if (id.equals(selected) || id.equals(hovered)) {
            gc.setStroke(id.equals(selected) ? MapPalette.SELECTED_EDGE : MapPalette.HOVER_EDGE);
            gc.setLineWidth(id.equals(selected) ? 2 : 1);
            gc.strokeRect(x - 4, y - 4, w + 8, h + 8);
        }
    }

    /** "WIP n" where it fits its station's badge room, else "n", else nothing (the heat still shows it). */
    private void paintBadge(GraphicsContext gc, int i, StationLabels labels) {
        double room = labels.badgeRoom(i);
        boolean full = badgeWidths[i] <= room;
        if (!full && numberWidths[i] > room) {
            return;
        }
        double width = full ? badgeWidths[i] : numberWidths[i];
        double height = labels.badgeHeight(i);
        double centreX = labels.badgeX(i);
        double centreY = labels.badgeY(i);
        gc.setFill(MapPalette.BADGE_FILL);
        gc.fillRoundRect(centreX - width / 2, centreY - height / 2, width, height, height, height);
        gc.setFill(MapPalette.BADGE_TEXT);
        gc.setFont(MapPalette.BADGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(full ? badges[i] : numbers[i], Math.round(centreX), Math.round(centreY));
    }

    private void paintSensors(GraphicsContext gc, MapViewport view) {
        gc.setLineWidth(1.5);
        double radius = Math.max(2.5, Math.min(SENSOR_RADIUS_PX, view.scale() * 0.5));
        double d = 2 * radius;
        for (int i = 0; i < sensors.size(); i++) {
            double x = view.screenX(sensors.get(i).x()) - radius;
            double y = view.screenY(sensors.get(i).y()) - radius;
            if (sensorLevels[i] == HeatLevel.NO_READING) {
                gc.setStroke(MapPalette.SENSOR_NO_READING);
                gc.strokeOval(x, y, d, d);
            } else {
                gc.setFill(sensorColour(sensorLevels[i]));
                gc.fillOval(x, y, d, d);
            }
        }
    }

    private static Color sensorColour(HeatLevel level) {
        return switch (level) {
            case ALARM -> MapPalette.ALARM;
            case WARN -> MapPalette.WARN;
            default -> MapPalette.SENSOR_NORMAL;
        };
    }

    /** The reading of the station's sensor that is furthest past its limits, or null when all are fine. */
    private static SensorLive hottestOutOfLimits(String station, List<SensorLive> readings) {
        SensorLive hottest = null;
        for (SensorLive live : readings) {
            boolean outOfLimits = live.level() == HeatLevel.WARN || live.level() == HeatLevel.ALARM;
            if (live.station().equals(station) && outOfLimits && (hottest == null
                    || live.level().compareTo(hottest.level()) > 0
                    || live.level() == hottest.level() && live.celsius() > hottest.celsius())) {
                hottest = live;
            }
        }
        return hottest;
    }

    private double badgeWidth(String text) {
        measure.setText(text);
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 12;
    }
}
