package org.floorwatch.app.desktop;

import java.util.LinkedHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.views.main.MainWindow;
import org.floorwatch.views.main.WallDisplay;
import org.floorwatch.views.main.WindowPlacement;
import org.floorwatch.views.theme.Theme;

/**
 * Runs the desktop app: opens a window at once (saying what is starting), starts the {@link ControlRoom} off the
 * JavaFX thread, then shows the main window on it and returns when the user closes it, with everything stopped.
 * JavaFX is started with {@link Platform#startup}, so no class of the app extends {@code Application}; Ctrl+C in
 * the terminal stops the control room the same way.
 */
public final class DesktopLauncher {

    /** The main window's placement, kept in the data folder. */
    public static final String WINDOW_FILE = "window.properties";

    private DesktopLauncher() {
    }

    /**
     * @param start    starts the control room (may take seconds: a built-in broker)
     * @param starting what the window says meanwhile
     * @param wall     the wall display ({@link WallDisplay}) rather than the main window
     * @throws RuntimeException whatever {@code start} threw, once the window is gone
     */
    public static void run(Supplier<ControlRoom> start, String starting, boolean wall) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Stage> window = new AtomicReference<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            stage.setScene(startingScene(starting));
            stage.setTitle("Floorwatch");
            stage.show();
            window.set(stage);
        });
        ControlRoom room;
        try {
            room = start.get();
        } catch (RuntimeException e) {
            Platform.runLater(() -> window.get().hide());
            closed.await();
            Platform.exit();
            throw e;
        }
        Thread hook = new Thread(room::close, "floorwatch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Platform.runLater(() -> {
                if (wall) {
                    wallDisplay(room).show(window.get());
                } else {
                    mainWindow(room).show(window.get());
                }
                room.windowShown();
            });
            closed.await();
        } finally {
            room.close();
            Platform.exit();
            removeHook(hook);
        }
    }

    /** The main window with its screens on the control room's sources, for the desk's rights; JavaFX thread. */
    public static MainWindow mainWindow(ControlRoom room) {
        DeskScreens desk = new DeskScreens(room, room.desk().rights(false));
        MainWindow window = new MainWindow(room.title(), desk.views(),
                new WindowPlacement(room.dataDir().resolve(WINDOW_FILE)));
        desk.showWith(window::select);
        window.setBanner(desk.banner(), desk.banner()::stop);
        return window;
    }

    /** The wall display: the desk's chosen screens, read only, cycled full screen; JavaFX thread. */
    public static WallDisplay wallDisplay(ControlRoom room) {
        DeskConfig config = room.desk();
        DeskScreens desk = new DeskScreens(room, config.rights(true));
        WallDisplay wall = new WallDisplay(room.title(), config.wallScreens().stream()
                .collect(Collectors.toMap(s -> s, desk.views()::get, (a, b) -> a, LinkedHashMap::new)),
                config.wallCycle(), room.sources().ingest(), desk.banner(), desk.banner()::stop);
        desk.showWith(wall::select);
        desk.views().forEach((screen, view) -> {
            if (!config.wallScreens().contains(screen)) {
                view.dispose();
            }
        });
        return wall;
    }

    private static Scene startingScene(String starting) {
        Label words = new Label(starting);
        words.getStyleClass().add("coming-soon");
        Scene scene = new Scene(new StackPane(words), 640, 360);
        Theme.apply(scene);
        return scene;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping: the hook closes the room
        }
    }
}
