package org.floorwatch.views.map;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Every colour and font of the floor map, in the ISA-101 manner: a calm dark grey floor, grey equipment, and
 * colour only where it means something. Amber and red mean a warning and an alarm and nothing else; the heat
 * overlay of where parts pile up uses teal to cyan to near white (see {@link HeatRamp}), a hue no alarm uses.
 */
public final class MapPalette {

    public static final Color OUTSIDE = Color.web("#111316");
    public static final Color FLOOR = Color.web("#1b1e22");
    public static final Color FLOOR_EDGE = Color.web("#2c3137");
    public static final Color DEPARTMENT_EDGE = Color.web("#363c44");
    public static final Color DEPARTMENT_LABEL = Color.web("#7b8591");
    public static final Color ROUTE = Color.web("#48505a");
    public static final Color STATION_FILL = Color.web("#262a30", 0.86);
    public static final Color STATION_EDGE = Color.web("#68717c");
    public static final Color STATION_LABEL = Color.web("#d4d9df");
    public static final Color HOVER_EDGE = Color.web("#a3acb6");
    public static final Color SELECTED_EDGE = Color.web("#f2f4f6");
    public static final Color BADGE_FILL = Color.web("#3b424b");
    public static final Color BADGE_TEXT = Color.web("#eef1f4");
    public static final Color PART = Color.web("#c8d0d8", 0.9);
    public static final Color SENSOR_NO_READING = Color.web("#545b64");
    public static final Color SENSOR_NORMAL = Color.web("#a9b2bc");
    public static final Color WARN = Color.web("#f0a500");
    public static final Color ALARM = Color.web("#e8332a");
    public static final Color LEGEND_BACK = Color.web("#15181b", 0.88);
    public static final Color LEGEND_TEXT = Color.web("#aeb6bf");

    /** The heat ramp's stops: faint, middle and strongest. */
    public static final Color HEAT_LOW = Color.web("#0f8a82");
    public static final Color HEAT_MID = Color.web("#27c3d3");
    public static final Color HEAT_HIGH = Color.web("#dcfaff");
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
