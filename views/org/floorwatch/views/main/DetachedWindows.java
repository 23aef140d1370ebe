package org.floorwatch.views.main;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.theme.Theme;

/**
 * Screens in windows of their own, so that the floor can be on one monitor and the reports on another. A screen is
 * in one window at a time: while its own window shows, the screen is active there (and only there). Closing the
 * window deactivates the screen, so its listeners go with the window, and gives it back to the main window;
 * Ctrl+Shift+N in it does the same and shows it there. Ctrl+1..5 go to the other screens, F11 makes the window
 * full screen (a wall monitor).
 */
final class DetachedWindows {

    /** In the main window: the screen shown into a window of its own; in that window: back to the main window. */
    static final KeyCombination OWN_WINDOW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final String title;
    private final WindowPlacement placement;
    private final BiConsumer<Screen, Boolean> returned;
    private final Consumer<Screen> goTo;
    private final Map<Screen, Stage> open = new EnumMap<>(Screen.class);
    private boolean closingAll;

    /**
     * @param returned told when a screen's window has closed, and whether the main window should show the screen
     * @param goTo     Ctrl+1..5 pressed in a screen's window
     */
    DetachedWindows(String title, WindowPlacement placement, BiConsumer<Screen, Boolean> returned,
            Consumer<Screen> goTo) {
        this.title = title;
        this.placement = placement;
        this.returned = returned;
        this.goTo = goTo;
    }

    /** A right-click menu that opens a screen in a window of its own. */
    static ContextMenu menu(Runnable detach) {
        MenuItem item = new MenuItem("Open in new window");
        item.setOnAction(e -> detach.run());
        return new ContextMenu(item);
    }

    /**
     * Shows {@code view} in a window of its own, placed as it was last on these monitors, and activates it; the view
     * must be inactive and in no other window.
     */
    void open(Screen screen, ScreenView view, Stage main) {
        FxThread.require();
        StackPane holder = new StackPane(view.root());
        Scene scene = new Scene(holder);
        Theme.apply(scene);
        Stage stage = new Stage();
        for (Screen other : Screen.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(other.shortcut(), KeyCombination.SHORTCUT_DOWN),
                    () -> goTo.accept(other));
        }
        scene.getAccelerators().put(OWN_WINDOW, () -> close(screen, true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        stage.setTitle(screen.title() + " \u2014 " + title);
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        placement.restore(stage, screen, main);
        stage.setOnHiding(e -> {
            view.deactivate();
            holder.getChildren().clear();
            open.remove(screen);
            if (!closingAll) {
                returned.accept(screen, Boolean.TRUE.equals(stage.getProperties().remove(OWN_WINDOW)));
            }
        });
        open.put(screen, stage);
        stage.show();
        view.activate();
    }

    boolean isOpen(Screen screen) {
        return open.containsKey(screen);
    }

    /** Brings the screen's window to the front, on whichever monitor it is. */
    void raise(Screen screen) {
        Stage stage = open.get(screen);
        if (stage != null) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** Closes the screen's window, giving the screen back to the main window (which shows it if {@code show}). */
    void close(Screen screen, boolean show) {
        Stage stage = open.get(screen);
        if (stage != null) {
            stage.getProperties().put(OWN_WINDOW, show);
            stage.close();
        }
    }

    /** The windows open now, by screen. */
    Map<Screen, Stage> stages() {
        return Collections.unmodifiableMap(new EnumMap<>(open));
    }

    /** Closes every screen's window as the app ends: each screen is deactivated, none goes back to the main window. */
    void closeAll() {
        closingAll = true;
        for (Stage stage : List.copyOf(open.values())) {
            stage.close();
        }
    }
}
