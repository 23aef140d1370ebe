package org.floorwatch.views.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.floorwatch.views.main.MonitorSetup.Monitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The windows' layout, kept in a small properties file in the data folder, one layout per monitor set-up (keys
 * begin with {@link MonitorSetup#key}): where the main window was and which screen it showed, which screens were in
 * windows of their own and where those were. The main window as last left is also kept without a set-up, for a
 * set-up seen for the first time. A file that is missing or unreadable means the defaults; a window that would fall
 * on no monitor is put on the primary one.
 */
public final class WindowPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 860;
    /** How far a screen's first window on a single monitor sits from the main window. */
    private static final double CASCADE = 48;

    private final Path file;
    private final Supplier<MonitorSetup> monitors;
    private final Properties values = new Properties();

    public WindowPlacement(Path file) {
        this(file, MonitorSetup::current);
    }

    /** @param monitors the monitor set-up, asked each time windows are placed or saved */
    public WindowPlacement(Path file, Supplier<MonitorSetup> monitors) {
        this.file = file;
        this.monitors = monitors;
        if (Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring the window placement in {}: {}", file, e.getMessage());
                values.clear();
            }
        }
    }

    /** Sizes and places the main window as it was left on these monitors, or at a default size on the primary. */
    public void restore(Stage stage) {
        MonitorSetup setup = monitors.get();
        WindowBounds saved = WindowBounds.read(values, layout(setup) + "main.")
                .or(() -> WindowBounds.read(values, ""))
                .orElseGet(() -> new WindowBounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, false)
                        .centredOn(setup.primary().usable()));
        setup.fit(saved).applyTo(stage, false);
        WindowBounds.follow(stage);
    }

    /** The screen the main window showed when it was closed on these monitors, or the Floor. */
    public Screen lastScreen() {
        String layout = layout(monitors.get());
        return screen(values.getProperty(layout + "screen", values.getProperty("screen"))).orElse(Screen.FLOOR);
    }

    /** The screens that were in windows of their own when the app was closed on these monitors. */
    public List<Screen> detached() {
        String layout = layout(monitors.get());
        List<Screen> open = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            if (screen.built() && Boolean.parseBoolean(values.getProperty(layout + screen.name() + ".open"))) {
                open.add(screen);
            }
        }
        return open;
    }

    /**
     * Places {@code stage}, the window of {@code screen}, where that screen's window was last on these monitors; the
     * first time, maximised on a monitor the main window is not on, or beside the main window when there is one.
     */
    public void restore(Stage stage, Screen screen, Stage main) {
        MonitorSetup setup = monitors.get();
        WindowBounds saved = WindowBounds.read(values, layout(setup) + screen.name() + ".")
                .orElseGet(() -> firstPlace(setup, main));
        setup.fit(saved).applyTo(stage, true);
        WindowBounds.follow(stage);
    }

    /** Keeps the layout of these monitors: the main window, the screen it shows, and the screens' own windows. */
    public void save(Stage main, Screen shown, Map<Screen, Stage> detached) {
        String layout = layout(monitors.get());
        WindowBounds mainWindow = WindowBounds.of(main);
        mainWindow.write(values, layout + "main.");
        mainWindow.write(values, "");
        values.setProperty(layout + "screen", shown.name());
        values.setProperty("screen", shown.name());
        for (Screen screen : Screen.values()) {
            Stage own = detached.get(screen);
            if (own != null) {
                WindowBounds.of(own).write(values, layout + screen.name() + ".");
            }
            if (own != null || values.containsKey(layout + screen.name() + ".open")) {
                values.setProperty(layout + screen.name() + ".open", Boolean.toString(own != null));
            }
        }
        write();
    }

    private WindowBounds firstPlace(MonitorSetup setup, Stage main) {
        WindowBounds mainNow = new WindowBounds(main.getX(), main.getY(), main.getWidth(), main.getHeight(), false,
                false);
        Monitor mainMonitor = setup.holding(mainNow);
        for (Monitor monitor : setup.monitors()) {
            if (!monitor.equals(mainMonitor)) {
                Rectangle2D usable = monitor.usable();
                WindowBounds inner = new WindowBounds(0, 0, usable.getWidth() * 0.8, usable.getHeight() * 0.8,
                        true, false);
                return inner.centredOn(usable);
            }
        }
        return WindowBounds.of(main).movedWithin(CASCADE, CASCADE, mainMonitor.usable());
    }

    /** Writes the file sorted, through a file beside it renamed over it, so a crash leaves the previous layout. */
    private void write() {
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Floorwatch windows, per monitor set-up (monitors@x,y,widthxheight+...)");
            List<String> lines = new ArrayList<>(text.toString().lines().toList());
            lines.subList(2, lines.size()).sort(null);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(fresh, lines);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not keep the window placement in {}: {}", file, e.getMessage());
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException ignored) {
                // the next save writes it again
            }
        }
    }

    private static String layout(MonitorSetup setup) {
        return setup.key() + ".";
    }

    private static Optional<Screen> screen(String name) {
        try {
            return Optional.ofNullable(name).map(Screen::valueOf).filter(Screen::built);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
