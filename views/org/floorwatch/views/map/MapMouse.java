package org.floorwatch.views.map;

import java.util.function.BiConsumer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/** The floor map's mouse: drag to pan, scroll to zoom around the cursor, a click (a press that hardly moved). */
final class MapMouse {

    private static final double ZOOM_STEP = 1.2;
    private static final double CLICK_SLOP_PX = 4;

    private final MapViewport viewport;
    private final Runnable viewChanged;
    private final BiConsumer<Double, Double> clicked;
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean dragged;

    /** {@code viewChanged} after a pan or zoom; {@code clicked} with the click's point in the control's coordinates. */
    MapMouse(MapViewport viewport, Runnable viewChanged, BiConsumer<Double, Double> clicked) {
        this.viewport = viewport;
        this.viewChanged = viewChanged;
        this.clicked = clicked;
    }

    void install(Region map) {
        map.setOnMousePressed(this::pressed);
        map.setOnMouseDragged(this::dragged);
        map.setOnMouseReleased(this::released);
        map.setOnScroll(this::scrolled);
    }

    private void pressed(MouseEvent e) {
        pressX = dragX = e.getX();
        pressY = dragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        dragged |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP_PX;
        if (dragged && e.getButton() == MouseButton.PRIMARY) {
            viewport.panBy(e.getX() - dragX, e.getY() - dragY);
            viewChanged.run();
        }
        dragX = e.getX();
        dragY = e.getY();
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            clicked.accept(e.getX(), e.getY());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            viewport.zoomAt(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.getX(), e.getY());
            viewChanged.run();
        }
    }
}
