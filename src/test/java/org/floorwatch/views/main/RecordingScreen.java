package org.floorwatch.views.main;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.floorwatch.views.ScreenView;

/**
 * A screen that records what its window did with it. Like the real screens, it puts a shortcut (F7) on its scene
 * while active and takes it off when deactivated.
 */
final class RecordingScreen implements ScreenView {

    static final KeyCombination OWN_KEY = new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_ANY);

    final StackPane root;
    boolean active;
    boolean disposed;
    int activations;
    /** The scene the screen was last activated in. */
    Scene activeIn;

    RecordingScreen(String name) {
        root = new StackPane(new Label(name));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        active = true;
        activations++;
        activeIn = root.getScene();
        if (activeIn != null) {
            activeIn.getAccelerators().put(OWN_KEY, () -> { });
        }
    }

    @Override
    public void deactivate() {
        active = false;
        if (root.getScene() != null) {
            root.getScene().getAccelerators().remove(OWN_KEY);
        }
    }

    @Override
    public void dispose() {
        deactivate();
        disposed = true;
    }
}
