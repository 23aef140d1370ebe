package org.floorwatch.views.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.theme.Theme;

/**
 * The main window: navigation on the left (screens not built yet show as coming), the alarm banner on top, the
 * current screen in the middle. Ctrl+1..5 switch screens, F11 toggles full screen. Size, position and the last
 * screen come back from {@link WindowPlacement}; closing the window disposes every screen.
 */
public final class MainWindow {

    private final String title;
    private final Map<Screen, ScreenView> screens;
    private final WindowPlacement placement;
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BorderPane root = new BorderPane();
    private Runnable bannerStop = () -> { };

    /** @param screens the built screens; the window disposes them when it closes */
    public MainWindow(String title, Map<Screen, ScreenView> screens, WindowPlacement placement) {
        this.title = title;
        this.screens = new EnumMap<>(screens);
        this.placement = placement;
        root.setLeft(navigationBar());
        root.setCenter(content);
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                switchTo((Screen) now.getUserData());
            }
        });
    }

    /** Shows the window on {@code stage}, as it was left last time. */
    public void show(Stage stage) {
        FxThread.require();
        Scene scene = new Scene(root);
        Theme.apply(scene);
        for (Screen screen : Screen.values()) {
            if (screen.built()) {
                scene.getAccelerators().put(new KeyCodeCombination(screen.shortcut(), KeyCombination.SHORTCUT_DOWN),
                        () -> select(screen));
            }
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        placement.restore(stage);
        stage.setOnHiding(e -> closed(stage));
        stage.show();
        select(placement.lastScreen());
    }

    /** Puts {@code banner} on top of every screen; {@code stop} ends it when the window closes. */
    public void setBanner(Node banner, Runnable stop) {
        root.setTop(banner);
        bannerStop = stop;
    }

    public void select(Screen screen) {
        ToggleButton button = buttons.get(screen);
        if (button != null && !button.isDisabled()) {
            button.setSelected(true);
        }
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return current.getReadOnlyProperty();
    }

    private VBox navigationBar() {
        Label brand = new Label("Floorwatch");
        brand.getStyleClass().add("nav-title");
        VBox bar = new VBox(brand);
        bar.getStyleClass().add("nav-bar");
        for (Screen screen : Screen.values()) {
            boolean available = screens.containsKey(screen);
            ToggleButton button = new ToggleButton(available ? screen.title() : screen.title() + "  \u00b7 coming");
            button.setId("nav-" + screen.name());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setUserData(screen);
            button.setToggleGroup(navigation);
            button.setDisable(!available);
            buttons.put(screen, button);
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Label keys = new Label("Ctrl+1  Floor\nCtrl+2  Reports\nCtrl+3  Sources\nCtrl+4  Alarms\nCtrl+5  Shift log\n"
                + "Ctrl+6  Audit trail\n"
                + "Ctrl+0  Fit the map\nF11  Full screen");
        keys.getStyleClass().add("nav-hint");
        bar.getChildren().addAll(spacer, keys);
        return bar;
    }

    private void switchTo(Screen screen) {
        ScreenView leaving = current.get() == null ? null : screens.get(current.get());
        if (leaving != null) {
            leaving.deactivate();
        }
        ScreenView coming = screens.get(screen);
        content.getChildren().setAll(coming.root());
        current.set(screen);
        coming.activate();
    }

    private void closed(Stage stage) {
        placement.save(stage, current.get() == null ? Screen.FLOOR : current.get());
        bannerStop.run();
        screens.values().forEach(ScreenView::dispose);
    }
}
