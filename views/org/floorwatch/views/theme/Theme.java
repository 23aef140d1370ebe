package org.floorwatch.views.theme;

import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.floorwatch.views.map.MapPalette;

/**
 * The dark control-room theme (ISA-101 manner): greys for everything, colour only for meaning (amber warn, red
 * alarm, the map's heat ramp). The colours are the floor map's {@link MapPalette}, so screen and map agree;
 * {@code floorwatch.css} repeats them as looked-up colours for the controls, and this class gives them to controls
 * styled in code (TilesFX).
 */
public final class Theme {

    public static final Color BACKGROUND = MapPalette.OUTSIDE;
    public static final Color PANEL = MapPalette.FLOOR;
    public static final Color TEXT = MapPalette.STATION_LABEL;
    public static final Color TEXT_DIM = MapPalette.LEGEND_TEXT;
    public static final Color WARN = MapPalette.WARN;
    public static final Color ALARM = MapPalette.ALARM;

    private static final String STYLESHEET = Theme.class.getResource("floorwatch.css").toExternalForm();

    private Theme() {
    }

    /** Puts the theme on a scene. */
    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.setFill(BACKGROUND);
    }
}
