package org.floorwatch.views.theme;

import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The dark control-room theme (ISA-101 manner): greys for everything, colour only for meaning (amber warn, red
 * alarm, the map's heat ramp). Every colour is written once, in {@code floorwatch.css}; this class puts the
 * stylesheet on a scene and gives the colours to controls styled in code (TilesFX) through {@link Palette}.
 */
public final class Theme {

    public static final Color BACKGROUND = Palette.color("-fw-outside");
    public static final Color PANEL = Palette.color("-fw-panel");
    public static final Color TEXT = Palette.color("-fw-text");
    public static final Color TEXT_MID = Palette.color("-fw-text-mid");

    private static final String STYLESHEET = Palette.STYLESHEET.toExternalForm();

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
