package org.floorwatch.views.map;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the shipped plan on a busy floor into PNG files and reads them back (full, zoomed, small window).
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
    void writesPictures(@TempDir File tempDir) throws IOException {
        String base = System.getProperty("floormap.png", new File(tempDir, "floormap").getPath());
        write(base + ".png");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(this::zoomAtStation));
        write(base + "-zoomed.png");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            map.resetView();
            map.getScene().getWindow().setWidth(720);
            map.getScene().getWindow().setHeight(420);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        write(base + "-small.png");

        assertThat(ImageIO.read(new File(base + ".png")).getWidth()).isEqualTo(1200);
        assertThat(ImageIO.read(new File(base + "-zoomed.png")).getHeight()).isEqualTo(700);
        assertThat(ImageIO.read(new File(base + "-small.png")).getWidth()).isEqualTo(720);
    }

    private void zoomAtStation() {
        Point2D at = map.screenPoint(100, 45);
        for (int i = 0; i < 2; i++) {
            map.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(),
                    false, false, false, false, false, false, 0, 40, 0, 40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        }
    }

    private void write(String file) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            map.drawFrame(NOW);
            return map.snapshot(null, null);
        }));
        PixelReader pixels = image.getPixelReader();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", new File(file));
    }
}
