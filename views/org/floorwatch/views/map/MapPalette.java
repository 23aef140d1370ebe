package org.floorwatch.views.map;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.floorwatch.views.theme.Palette;

/**
 * Every colour and font of the floor map, in the ISA-101 manner: a calm dark grey floor, grey equipment, and
 * colour only where it means something. Amber and red mean a warning and an alarm and nothing else; the heat
 * overlay of where parts pile up uses teal to cyan to near white (see {@link HeatRamp}), a hue no alarm uses. The
 * colours are the theme's ({@link Palette}, written once in {@code floorwatch.css}), named here for what the map
 * draws with them.
 */
public final class MapPalette {

    public static final Color OUTSIDE = Palette.color("-fw-outside");
    public static final Color FLOOR = Palette.color("-fw-floor");
    public static final Color FLOOR_EDGE = Palette.color("-fw-edge");
    public static final Color DEPARTMENT_EDGE = Palette.color("-fw-edge-mid");
    public static final Color DEPARTMENT_LABEL = Palette.color("-fw-text-dim");
    public static final Color ROUTE = Palette.color("-fw-edge-strong");
    public static final Color STATION_FILL = Palette.color("-fw-map-station-fill");
    public static final Color STATION_EDGE = Palette.color("-fw-map-station-edge");
    public static final Color STATION_LABEL = Palette.color("-fw-text");
    public static final Color HOVER_EDGE = Palette.color("-fw-map-hover-edge");
    public static final Color SELECTED_EDGE = Palette.color("-fw-map-selected-edge");
    public static final Color BADGE_FILL = Palette.color("-fw-map-badge-fill");
    public static final Color BADGE_TEXT = Palette.color("-fw-map-badge-text");
    public static final Color PART = Palette.color("-fw-map-part");
    public static final Color SENSOR_NO_READING = Palette.color("-fw-map-sensor-off");
    public static final Color SENSOR_NORMAL = Palette.color("-fw-map-sensor");
    public static final Color WARN = Palette.color("-fw-warn");
    public static final Color ALARM = Palette.color("-fw-alarm");
    /** Low-priority alarms (a station over its WIP limit): a muted lilac, apart from amber, red and the heat ramp. */
    public static final Color ALARM_LOW = Palette.color("-fw-alarm-low");
    /** The backing of an alarm mark's words, so they read over anything. */
    public static final Color MARK_BACK = Palette.color("-fw-mark-back");
    /** Sensor health marks: informative, not an alarm, so no alarm colour. */
    public static final Color HEALTH = Palette.color("-fw-text");
    public static final Color LEGEND_BACK = Palette.color("-fw-bar-translucent");
    public static final Color LEGEND_TEXT = Palette.color("-fw-text-mid");

    /** The heat ramp's stops: faint, middle and strongest. */
    public static final Color HEAT_LOW = Palette.color("-fw-heat-low");
    public static final Color HEAT_MID = Palette.color("-fw-heat");
    public static final Color HEAT_HIGH = Palette.color("-fw-heat-high");
    /** The difference overlay's two sides: less WIP than the span compared with (better), and more (worse). */
    public static final Color DIFFERENCE_LESS = Palette.color("-fw-difference-less");
    public static final Color DIFFERENCE_MORE = Palette.color("-fw-difference-more");
    /** Opacity of the strongest heat, so routes and stations stay readable under it. */
    public static final double HEAT_MAX_OPACITY = 0.72;

    public static final Font STATION_FONT = Font.font("System", FontWeight.NORMAL, 12);
    public static final Font STATION_SMALL_FONT = Font.font("System", FontWeight.NORMAL, 10);
    public static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 11);
    public static final Font DEPARTMENT_FONT = Font.font("System", FontWeight.NORMAL, 11);
    public static final Font LEGEND_FONT = Font.font("System", FontWeight.NORMAL, 11);

    private MapPalette() {
    }
}
