package org.floorwatch.views.main;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
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
 * current screen in the middle. Ctrl+1..5 switch screens, F11 toggles full screen. Any screen can go into a window of
 * its own ({@link DetachedWindows}: Ctrl+Shift+N, the "Open in new window" button or a right-click on its name); its
 * name then raises that window. Size, position, the last screen and the screens' own windows come back from
 * {@link WindowPlacement}; closing the window closes the others and disposes every screen.
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
    private final DetachedWindows detached;
    private final Button ownWindow = new Button("Open in new window");
    private Stage stage;
    private Runnable bannerStop = () -> { };

    /** @param screens the built screens; the window disposes them when it closes */
    public MainWindow(String title, Map<Screen, ScreenView> screens, WindowPlacement placement) {
        this.title = title;
        this.screens = new EnumMap<>(screens);
        this.placement = placement;
        this.detached = new DetachedWindows(title, placement, this::returned, this::goTo);
        root.setLeft(navigationBar());
        root.setCenter(content);
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (old != null && detached.isOpen((Screen) now.getUserData())) {
                detached.raise((Screen) now.getUserData());
                navigation.selectToggle(old);
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
        scene.getAccelerators().put(DetachedWindows.OWN_WINDOW, () -> detach(current.get()));
        this.stage = stage;
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        placement.restore(stage);
        stage.setOnHiding(e -> closed(stage));
        stage.show();
        select(placement.lastScreen());
        placement.detached().forEach(this::detach);
    }

    /** Puts {@code banner} on top of every screen; {@code stop} ends it when the window closes. */
    public void setBanner(Node banner, Runnable stop) {
        root.setTop(banner);
        bannerStop = stop;
    }

    /** Shows {@code screen} here, or raises its own window if it has one. */
    public void select(Screen screen) {
        if (detached.isOpen(screen)) {
            detached.raise(screen);
            return;
        }
        ToggleButton button = buttons.get(screen);
        if (button != null && !button.isDisabled()) {
            button.setSelected(true);
        }
    }

    /**
     * Opens {@code screen} in a window of its own; if this window showed it, it shows the first screen left here.
     * The screen this window shows last stays here.
     */
    public void detach(Screen screen) {
        Screen stays = current.get() != screen ? current.get() : docked().stream().filter(s -> s != screen)
                .findFirst().orElse(null);
        if (stage == null || !screens.containsKey(screen) || detached.isOpen(screen) || stays == null) {
            return;
        }
        select(stays);
        detached.open(screen, screens.get(screen), stage);
        buttons.get(screen).setText(screen.title() + "  \u2197");
        buttons.get(screen).setTooltip(new Tooltip("In a window of its own: click to bring it to the front"));
        ownWindow.setDisable(docked().size() < 2);
    }

    /** The screens in a window of their own now, and their windows. */
    public Map<Screen, Stage> detachedWindows() {
        return detached.stages();
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
            if (available) {
                button.setContextMenu(DetachedWindows.menu(() -> detach(screen)));
            }
            buttons.put(screen, button);
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Label keys = new Label("Ctrl+1  Floor\nCtrl+2  Reports\nCtrl+3  Sources\nCtrl+4  Alarms\nCtrl+5  Shift log\n"
                + "Ctrl+6  Audit trail\n"
                + "Ctrl+0  Fit the map\nF11  Full screen\nCtrl+Shift+N  New window");
        keys.getStyleClass().add("nav-hint");
        bar.getChildren().addAll(spacer, ownWindowButton(), keys);
        return bar;
    }

    private Button ownWindowButton() {
        ownWindow.setId("openInNewWindow");
        ownWindow.getStyleClass().add("nav-button");
        ownWindow.setMaxWidth(Double.MAX_VALUE);
        ownWindow.setOnAction(e -> detach(current.get()));
        ownWindow.setDisable(screens.size() < 2);
        return ownWindow;
    }

    private List<Screen> docked() {
        return screens.keySet().stream().filter(s -> !detached.isOpen(s)).toList();
    }

    /** A screen's own window closed: its name shows it here again, and this window shows it if {@code show}. */
    private void returned(Screen screen, boolean show) {
        buttons.get(screen).setText(screen.title());
        buttons.get(screen).setTooltip(null);
        ownWindow.setDisable(docked().size() < 2);
        if (show) {
            goTo(screen);
        }
    }

    /** Ctrl+1..5 in a screen's own window: that screen, here or in its own window. */
    private void goTo(Screen screen) {
        if (!detached.isOpen(screen) && screens.containsKey(screen)) {
            stage.toFront();
            stage.requestFocus();
        }
        select(screen);
    }

    private void switchTo(Screen screen) {
        if (screen == current.get()) {
            return;
        }
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
        placement.save(stage, current.get() == null ? Screen.FLOOR : current.get(), detached.stages());
        detached.closeAll();
        bannerStop.run();
        screens.values().forEach(ScreenView::dispose);
    }
}
