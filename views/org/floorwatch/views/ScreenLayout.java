package org.floorwatch.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML layout, found beside the controller's class, with that controller. */
public final class ScreenLayout {

    private ScreenLayout() {
    }

    /**
     * @param controller the view, whose {@code @FXML} fields the layout fills
     * @param fxml       the layout's file name, e.g. {@code FloorView.fxml}
     * @param screen     the screen's name for the error, e.g. "Floor"
     */
    public static Parent load(Object controller, String fxml, String screen) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxml));
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the " + screen + " screen's layout", e);
        }
    }
}
