package org.floorwatch.app.bench;

import javafx.stage.Stage;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.app.desktop.DesktopLauncher;
import org.floorwatch.views.map.FloorMapView;

/**
 * The desktop app's main window for a control room, shown as {@code demo} and {@code gui} show it (on the headless
 * toolkit), with its floor screen watched by {@link ShownSnapshots}.
 */
final class FloorScreen implements AutoCloseable {

    private final Stage stage;
    private final ShownSnapshots shown;

    private FloorScreen(Stage stage, ShownSnapshots shown) {
        this.stage = stage;
        this.shown = shown;
    }

    /** Opens the main window on the floor screen and starts watching it; call off the JavaFX thread. */
    static FloorScreen open(ControlRoom room) throws InterruptedException {
        return HeadlessFx.call(() -> {
            Stage stage = new Stage();
            DesktopLauncher.mainWindow(room).show(stage);
            room.windowShown();
            // the floor screen also holds a hidden second map, for two heat spans side by side: watch the shown one
            FloorMapView map = stage.getScene().getRoot().lookupAll(".floor-map").stream()
                    .filter(node -> node instanceof FloorMapView && node.isVisible()).map(FloorMapView.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the main window did not open on the floor screen"));
            ShownSnapshots watch = new ShownSnapshots(map);
            watch.start();
            return new FloorScreen(stage, watch);
        });
    }

    ShownSnapshots shown() {
        return shown;
    }

    @Override
    public void close() throws InterruptedException {
        HeadlessFx.run(() -> {
            shown.stop();
            stage.hide();
        });
    }
}
