package org.floorwatch.views.map;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The heat overlay: a {@link HeatField} turned into pixels of the control's size, blended smoothly between cells,
 * when the heat, the pan, the zoom or the size changed (never per frame; a redraw of the plan layer for anything
 * else draws the image kept). Blending here and drawing the
 * image unscaled is several times cheaper in the software pipeline than letting it scale a small image.
 */
final class HeatOverlay {

    private HeatField field;
    private WritableImage image;
    private int[] pixels = new int[0];
    private float[] row = new float[0];
    private int[] lefts = new int[0];
    private float[] weights = new float[0];
    /** The field and view the image's pixels were computed for: the same again only draws the image. */
    private HeatField drawnField;
    private long computed;
    private final double[] drawnView = new double[3];

    void show(HeatField heat) {
        field = heat;
        row = new float[heat.columns()];
    }

    void clear() {
        field = null;
        drawnField = null;
    }

    /** How often the image's pixels were computed. */
    long computed() {
        return computed;
    }

    boolean isEmpty() {
        return field == null;
    }

    /** Whether it shows a difference (-scale..scale) rather than an intensity (0..scale). */
    boolean signed() {
        return field != null && field.signed();
    }

    /** The intensity that shows as the ramp's strongest colour. */
    double scale() {
        return field == null ? 0 : field.scale();
    }

    /** Draws the heat over the floor as the view shows it now, onto a canvas of the control's size. */
    void paint(GraphicsContext gc, MapViewport viewport) {
        int width = (int) Math.ceil(gc.getCanvas().getWidth());
        int height = (int) Math.ceil(gc.getCanvas().getHeight());
        if (field == null || width == 0 || height == 0) {
            return;
        }
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
            pixels = new int[width * height];
            lefts = new int[width];
            weights = new float[width];
            drawnField = null;
        }
        double[] view = {viewport.scale(), viewport.planX(0), viewport.planY(0)};
        if (field != drawnField || !Arrays.equals(view, drawnView)) {
            computePixels(viewport, width, height);
            computed++;
            drawnField = field;
            System.arraycopy(view, 0, drawnView, 0, view.length);
        }
        gc.drawImage(image, 0, 0);
    }

    private void computePixels(MapViewport viewport, int width, int height) {
        placeColumns(viewport, width);
        boolean signed = field.signed();
        int last = field.columns() - 1;
        for (int y = 0; y < height; y++) {
            field.blendRow(viewport.planY(y + 0.5), row);
            for (int x = 0; x < width; x++) {
                int left = lefts[x];
                double value = left < 0 ? 0 : row[left] * (1 - weights[x]) + row[Math.min(left + 1, last)] * weights[x];
                pixels[y * width + x] = signed ? HeatRamp.differenceArgb(value) : HeatRamp.argb(value);
            }
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    }

    /** For each pixel column, the cell column left of it and how far toward the next one it is (-1: off the floor). */
    private void placeColumns(MapViewport viewport, int width) {
        int columns = field.columns();
        double cell = field.cellSize();
        for (int x = 0; x < width; x++) {
            double floorX = viewport.planX(x + 0.5);
            if (floorX < 0 || floorX > columns * cell) {
                lefts[x] = -1;
                continue;
            }
            double fx = Math.max(0, Math.min(columns - 1, floorX / cell - 0.5));
            lefts[x] = Math.min((int) fx, Math.max(columns - 2, 0));
            weights[x] = (float) (fx - lefts[x]);
        }
    }
}
