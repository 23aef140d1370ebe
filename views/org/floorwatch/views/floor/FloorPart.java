package org.floorwatch.views.floor;

import javafx.scene.Node;

/**
 * Something more on the Floor screen that lives while the screen is shown (the alarm marks on the map, the last
 * shift's notes): activated and deactivated with it, disposed with it; its panel, if any, goes in the right column.
 */
public interface FloorPart {

    /** A panel for the right column, or null. */
    default Node panel() {
        return null;
    }

    void activate();

    void deactivate();

    default void dispose() {
    }
}
