package org.floorwatch.app.desktop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.views.alarms.AlarmBanner;
import org.floorwatch.views.alarms.AlarmFeed;
import org.floorwatch.views.alarms.AlarmsView;
import org.floorwatch.views.alarms.AlarmsViewModel;
import org.floorwatch.views.alarms.FloorAlarmMarks;
import org.floorwatch.views.alarms.JournalViewModel;
import org.floorwatch.views.floor.FloorView;
import org.floorwatch.views.floor.FloorViewModel;
import org.floorwatch.views.main.MainWindow;
import org.floorwatch.views.main.Screen;
import org.floorwatch.views.main.WindowPlacement;
import org.floorwatch.views.reports.ReportsView;
import org.floorwatch.views.reports.ReportsViewModel;
import org.floorwatch.views.reports.WorkbookFileChooser;
import org.floorwatch.views.shiftlog.LastShiftNotes;
import org.floorwatch.views.shiftlog.ShiftLogView;
import org.floorwatch.views.shiftlog.ShiftLogViewModel;
import org.floorwatch.views.sources.ReadTimes;
import org.floorwatch.views.sources.SourcesView;
import org.floorwatch.views.sources.SourcesViewModel;
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
     * @throws RuntimeException whatever {@code start} threw, once the window is gone
     */
    public static void run(Supplier<ControlRoom> start, String starting) throws InterruptedException {
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
                mainWindow(room).show(window.get());
                room.windowShown();
            });
            closed.await();
        } finally {
            room.close();
            Platform.exit();
            removeHook(hook);
        }
    }

    /** The main window with its screens on the control room's sources; call on the JavaFX thread. */
    public static MainWindow mainWindow(ControlRoom room) {
        FloorPlan plan = room.sources().plan();
        FloorViewModel floorModel = new FloorViewModel(room.sources());
        FloorView floor = new FloorView(floorModel);
        ReadTimes times = new ReadTimes(room.sources().clock(), ZoneId.systemDefault());
        SourcesViewModel sourcesModel = new SourcesViewModel(room.sources().store(), room.sourceImports(), times);
        if (room.lakeExport() != null) {
            sourcesModel.followExport(room.lakeExport());
        }
        SourcesView sources = new SourcesView(sourcesModel, times);
        ReportsView reports = new ReportsView(new ReportsViewModel(room.sources()));
        AlarmFeed feed = new AlarmFeed(room.alarms());
        Supplier<Instant> now = room.alarms()::now;
        floor.addPart(new FloorAlarmMarks(feed, plan, floor.map(), floorModel.time()));
        floor.addPart(new LastShiftNotes(room.shiftLog(), now));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AlarmsView alarms = new AlarmsView(new AlarmsViewModel(feed, plan), new JournalViewModel(feed, plan),
                new WorkbookFileChooser(), station -> {
                    window.get().select(Screen.FLOOR);
                    floor.map().centreOn(station);
                });
        ShiftLogView shiftLog = new ShiftLogView(new ShiftLogViewModel(room.shiftLog(), now, room.alarms().operator()));
        window.set(new MainWindow(room.title(), Map.of(Screen.FLOOR, floor, Screen.REPORTS, reports,
                Screen.SOURCES, sources, Screen.ALARMS, alarms, Screen.SHIFT_LOG, shiftLog),
                new WindowPlacement(room.dataDir().resolve(WINDOW_FILE))));
        AlarmBanner banner = new AlarmBanner(feed, plan.timezone(), newest -> {
            window.get().select(Screen.ALARMS);
            alarms.show(newest);
        });
        banner.start();
        window.get().setBanner(banner, banner::stop);
        return window.get();
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
