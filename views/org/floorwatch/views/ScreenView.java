package org.floorwatch.views;

import javafx.scene.Parent;

/**
 * One screen of the main window. The window activates it when it is shown and deactivates it when another is:
 * timers and scene-wide shortcuts live only between the two. {@link #dispose} ends it for good.
 */
public interface ScreenView {

    Parent root();

    void activate();

    void deactivate();

    void dispose();
}
