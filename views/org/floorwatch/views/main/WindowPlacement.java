package org.floorwatch.views.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the main window was and which screen it showed, kept in a small properties file in the data folder so
 * each site's window comes back as it was left. A file that is missing or unreadable means the defaults; bounds
 * that no longer fall on a screen (a monitor was unplugged) are ignored.
 */
public final class WindowPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 860;

    private final Path file;
    private final Properties values = new Properties();

    public WindowPlacement(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring the window placement in {}: {}", file, e.getMessage());
                values.clear();
            }
        }
    }

    /** Sizes and places the stage as it was left, or at a default size fitted to the primary screen. */
    public void restore(Stage stage) {
        Rectangle2D visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(number("width", DEFAULT_WIDTH), visible.getWidth());
        double height = Math.min(number("height", DEFAULT_HEIGHT), visible.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        double x = number("x", Double.NaN);
        double y = number("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !javafx.stage.Screen.getScreensForRectangle(x, y, width, height).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("maximized", "false")));
    }

    /** The screen shown when the window was closed, or the Floor. */
    public Screen lastScreen() {
        try {
            Screen screen = Screen.valueOf(values.getProperty("screen", Screen.FLOOR.name()));
            return screen.built() ? screen : Screen.FLOOR;
        } catch (IllegalArgumentException e) {
            return Screen.FLOOR;
        }
    }

    /** Writes the stage's bounds (unless maximised or full screen, which keep the previous ones) and the screen. */
    public void save(Stage stage, Screen screen) {
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            values.setProperty("x", Double.toString(stage.getX()));
            values.setProperty("y", Double.toString(stage.getY()));
            values.setProperty("width", Double.toString(stage.getWidth()));
            values.setProperty("height", Double.toString(stage.getHeight()));
        }
        values.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        values.setProperty("screen", screen.name());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Floorwatch main window");
            }
        } catch (IOException e) {
            LOG.warn("could not keep the window placement in {}: {}", file, e.getMessage());
        }
    }

    private double number(String key, double fallback) {
        try {
            String value = values.getProperty(key);
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
