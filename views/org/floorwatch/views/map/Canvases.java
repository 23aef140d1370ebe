package org.floorwatch.views.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Small drawing helpers shared by the map's layers. */
final class Canvases {

    private Canvases() {
    }

    /** Fills the whole canvas. */
    static void clear(GraphicsContext gc, Color colour) {
        gc.setFill(colour);
        gc.fillRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
    }

    /** The pixel centre nearest {@code v}, so a 1-pixel line there is sharp. */
    static double crisp(double v) {
        return Math.round(v) + 0.5;
    }
}
