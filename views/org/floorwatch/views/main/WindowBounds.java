package org.floorwatch.views.main;

import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Where a window is and how large, as the user left it: its bounds when neither maximised nor full screen, and
 * whether it is either. Kept in the layout file under a prefix ({@code x}, {@code y}, {@code width}, {@code height},
 * {@code maximized}, {@code fullScreen}).
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized, boolean fullScreen) {

    /** Where the stage's bounds are kept while it is neither maximised nor full screen (see {@link #follow}). */
    private static final String NORMAL = WindowBounds.class.getName();

    public static WindowBounds of(Rectangle2D area) {
        return new WindowBounds(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight(), false, false);
    }

    /** The stage as it is now: the bounds it had last while neither maximised nor full screen (see {@link #follow}). */
    public static WindowBounds of(Stage stage) {
        WindowBounds normal = stage.getProperties().get(NORMAL) instanceof WindowBounds kept ? kept
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false, false);
        return new WindowBounds(normal.x, normal.y, normal.width, normal.height, stage.isMaximized(),
                stage.isFullScreen());
    }

    /** Keeps the stage's bounds whenever it moves or resizes while neither maximised nor full screen. */
    public static void follow(Stage stage) {
        javafx.beans.InvalidationListener keep = obs -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                stage.getProperties().put(NORMAL,
                        new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false, false));
            }
        };
        stage.xProperty().addListener(keep);
        stage.yProperty().addListener(keep);
        stage.widthProperty().addListener(keep);
        stage.heightProperty().addListener(keep);
        keep.invalidated(null);
    }

    /** Puts a new stage here; call before it shows. */
    public void applyTo(Stage stage, boolean withFullScreen) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.getProperties().put(NORMAL, new WindowBounds(x, y, width, height, false, false));
        if (maximized) {
            stage.setMaximized(true);
        }
        if (withFullScreen && fullScreen) {
            stage.setFullScreen(true);
        }
    }

    /** The same size, at most {@code area}'s, in the middle of {@code area}; maximised and full screen as before. */
    public WindowBounds centredOn(Rectangle2D area) {
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        return new WindowBounds(area.getMinX() + (area.getWidth() - w) / 2, area.getMinY() + (area.getHeight() - h) / 2,
                w, h, maximized, fullScreen);
    }

    /** These bounds moved by {@code dx}, {@code dy}, kept inside {@code area} as far as their size allows. */
    public WindowBounds movedWithin(double dx, double dy, Rectangle2D area) {
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        double nx = Math.max(area.getMinX(), Math.min(x + dx, area.getMaxX() - w));
        double ny = Math.max(area.getMinY(), Math.min(y + dy, area.getMaxY() - h));
        return new WindowBounds(nx, ny, w, h, false, false);
    }

    /** The bounds kept under {@code prefix}, if all four numbers are there and sensible. */
    public static Optional<WindowBounds> read(Properties values, String prefix) {
        try {
            double w = Double.parseDouble(values.getProperty(prefix + "width", ""));
            double h = Double.parseDouble(values.getProperty(prefix + "height", ""));
            double x = Double.parseDouble(values.getProperty(prefix + "x", ""));
            double y = Double.parseDouble(values.getProperty(prefix + "y", ""));
            if (!(w > 0 && h > 0 && Double.isFinite(x) && Double.isFinite(y))) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(x, y, w, h,
                    Boolean.parseBoolean(values.getProperty(prefix + "maximized")),
                    Boolean.parseBoolean(values.getProperty(prefix + "fullScreen"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void write(Properties values, String prefix) {
        values.setProperty(prefix + "x", Double.toString(x));
        values.setProperty(prefix + "y", Double.toString(y));
        values.setProperty(prefix + "width", Double.toString(width));
        values.setProperty(prefix + "height", Double.toString(height));
        values.setProperty(prefix + "maximized", Boolean.toString(maximized));
        values.setProperty(prefix + "fullScreen", Boolean.toString(fullScreen));
    }
}
