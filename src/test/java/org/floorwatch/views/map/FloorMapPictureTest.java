package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.function.IntPredicate;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the shipped plan on a busy floor (sensors in warn and alarm, WIP heat on) into PNG files, full, zoomed and
 * in a small window, and checks what a supervisor would look for: the warning and the alarm in their colours, the
 * heat in its own hue, the floor filling the window, a zoom that shows something else.
 * With {@code -Dfloormap.png=target/floormap} the pictures are kept there to look at.
 */
@ExtendWith(ApplicationExtension.class)
class FloorMapPictureTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00.500Z");

    private FloorMapView map;

    @Start
    void start(Stage stage) {
        FloorPlan plan = FloorPlanLoader.defaultPlan();
        FloorSnapshot snapshot = BusyFloor.snapshot(plan, NOW, 300, 3);
        map = new FloorMapView();
        map.setPlan(plan);
        map.setSnapshot(snapshot);
        map.setHeat(BusyFloor.wipHeat(snapshot), "Avg WIP, last 15 min");
        stage.setScene(new Scene(new StackPane(map), 1200, 700));
        stage.show();
    }

    @Test
    void showsTheWarningTheAlarmAndTheHeatInTheirOwnColours(@TempDir File tempDir) throws IOException {
        String base = System.getProperty("floormap.png", new File(tempDir, "floormap").getPath());
        BufferedImage full = write(base + ".png");
        onFx(this::zoomAtStation);
        BufferedImage zoomed = write(base + "-zoomed.png");
        onFx(() -> {
            map.resetView();
            map.getScene().getWindow().setWidth(720);
            map.getScene().getWindow().setHeight(420);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage small = write(base + "-small.png");

        assertThat(ImageIO.read(new File(base + ".png")).getWidth()).isEqualTo(1200);
        assertThat(ImageIO.read(new File(base + "-zoomed.png")).getHeight()).isEqualTo(700);
        assertThat(ImageIO.read(new File(base + "-small.png")).getWidth()).isEqualTo(720);
        assertThat(pixels(full, MapPalette.ALARM)).as("the sensor in alarm, in red").isPositive();
        assertThat(pixels(full, MapPalette.WARN)).as("the sensor in warning, in amber").isPositive();
        assertThat(pixels(full, MapPalette.FLOOR)).as("the floor's grey").isGreaterThan(1200 * 700 / 10);
        assertThat(heatPixels(full)).as("the WIP heat, teal").isGreaterThan(1000);
        assertThat(heatPixels(small)).as("the heat in a small window too").isPositive();
        assertThat(pixels(small, MapPalette.ALARM)).as("the alarm in a small window too").isPositive();
        assertThat(pixels(zoomed, MapPalette.FLOOR)).as("zoomed in, more floor and fewer stations")
                .isNotEqualTo(pixels(full, MapPalette.FLOOR));
    }

    private Void zoomAtStation() {
        Point2D at = map.screenPoint(100, 45);
        for (int i = 0; i < 2; i++) {
            map.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(),
                    false, false, false, false, false, false, 0, 40, 0, 40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        }
        return null;
    }

    private BufferedImage write(String file) throws IOException {
        WritableImage image = onFx(() -> {
            map.drawFrame(NOW);
            return map.snapshot(null, null);
        });
        PixelReader pixels = image.getPixelReader();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", new File(file));
        return picture;
    }

    /** Pixels within a few steps of {@code colour} in each channel. */
    private static long pixels(BufferedImage picture, Color colour) {
        return count(picture, rgb -> Math.abs((rgb >> 16 & 0xff) - (int) Math.round(colour.getRed() * 255)) <= 4
                && Math.abs((rgb >> 8 & 0xff) - (int) Math.round(colour.getGreen() * 255)) <= 4
                && Math.abs((rgb & 0xff) - (int) Math.round(colour.getBlue() * 255)) <= 4);
    }

    /** Pixels of the heat's hue: green and blue well above red (no grey, amber or red is). */
    private static long heatPixels(BufferedImage picture) {
        return count(picture, rgb -> (rgb >> 8 & 0xff) > (rgb >> 16 & 0xff) + 24 && (rgb & 0xff) > (rgb >> 16 & 0xff) + 24);
    }

    private static long count(BufferedImage picture, IntPredicate test) {
        long n = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (test.test(picture.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }
}
