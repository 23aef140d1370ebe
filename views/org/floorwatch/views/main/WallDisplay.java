package org.floorwatch.views.main;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.IngestStatus;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.floor.StatusLine;
import org.floorwatch.views.theme.Theme;

/**
 * The wall display for a big screen: the chosen screens, built read only, one after the other every {@code cycle},
 * full screen, with the alarm banner on top and a status strip below (which screen, the next one, and the broker's
 * state: an outage is said there, in words and amber, never in a dialog). There is no navigation and no shortcut to
 * another screen; Esc does not leave full screen. Closing the window (Alt+F4) ends it.
 */
public final class WallDisplay {

    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");

    private final String title;
    private final List<Screen> order;
    private final Map<Screen, ScreenView> screens;
    private final Duration cycle;
    private final IngestStatus ingest;
    private final Runnable bannerStop;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Label showing = new Label();
    private final Label next = new Label();
    private final Label broker = new Label();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
    private long shownSeconds;

    /**
     * @param screens the screens to cycle, in order (built with a wall display's rights); the display disposes them
     * @param banner  the alarm banner, ended by {@code bannerStop} when the display closes
     */
    public WallDisplay(String title, Map<Screen, ScreenView> screens, Duration cycle, IngestStatus ingest, Node banner,
                       Runnable bannerStop) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("a wall display needs a screen to show");
        }
        this.title = title;
        this.order = new ArrayList<>(screens.keySet());
        this.screens = Map.copyOf(screens);
        this.cycle = cycle;
        this.ingest = ingest;
        this.bannerStop = bannerStop;
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label wall = new Label("Wall display \u00b7 read only");
        HBox strip = new HBox(wall, showing, next, gap, broker);
        strip.getStyleClass().add("wall-strip");
        showing.setId("wall-showing");
        next.setId("wall-next");
        broker.setId("wall-broker");
        root.setTop(banner);
        root.setCenter(content);
        root.setBottom(strip);
        root.getStyleClass().add("wall-display");
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Shows the display full screen on {@code stage}, the first screen first; the window first covers the whole monitor
     * it is on, so it fills it even where full screen is not granted (no window manager).
     */
    public void show(Stage stage) {
        FxThread.require();
        Scene scene = new Scene(root);
        Theme.apply(scene);
        stage.setTitle(title + " \u2014 wall display");
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHiding(e -> closed());
        stage.setFullScreen(false);
        Rectangle2D whole = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getBounds();
        stage.setX(whole.getMinX());
        stage.setY(whole.getMinY());
        stage.setWidth(whole.getWidth());
        stage.setHeight(whole.getHeight());
        stage.show();
        stage.setFullScreen(true);
        switchTo(order.get(0));
        ticks.play();
    }

    /** Brings {@code screen} to the front if the display shows it (the banner's newest alarm); else nothing. */
    public void select(Screen screen) {
        if (screens.containsKey(screen)) {
            switchTo(screen);
        }
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return current.getReadOnlyProperty();
    }

    private void tick() {
        shownSeconds++;
        if (order.size() > 1 && shownSeconds >= cycle.toSeconds()) {
            switchTo(order.get((order.indexOf(current.get()) + 1) % order.size()));
        } else {
            showStrip();
        }
    }

    private void switchTo(Screen screen) {
        ScreenView leaving = current.get() == null ? null : screens.get(current.get());
        if (leaving != null) {
            leaving.deactivate();
        }
        ScreenView coming = screens.get(screen);
        content.getChildren().setAll(coming.root());
        current.set(screen);
        shownSeconds = 0;
        coming.activate();
        showStrip();
    }

    private void showStrip() {
        Screen now = current.get();
        showing.setText(now.title() + " (" + (order.indexOf(now) + 1) + " of " + order.size() + ")");
        if (order.size() > 1) {
            Screen after = order.get((order.indexOf(now) + 1) % order.size());
            next.setText("next: " + after.title() + " in " + Math.max(1, cycle.toSeconds() - shownSeconds) + " s");
        }
        IngestStatus.Broker state = ingest.broker();
        broker.setText(StatusLine.broker(state, ZoneId.systemDefault()));
        broker.pseudoClassStateChanged(TROUBLE, state.link() == IngestStatus.Link.OFFLINE
                || state.link() == IngestStatus.Link.UNREACHABLE);
    }

    private void closed() {
        ticks.stop();
        bannerStop.run();
        screens.values().forEach(ScreenView::dispose);
    }
}
