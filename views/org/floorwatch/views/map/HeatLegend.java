package org.floorwatch.views.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;

/** The heat overlay's key in the bottom-left corner: what the heat shows, its colour ramp and its value range. */
final class HeatLegend {

    private static final double MARGIN = 12;
    private static final double WIDTH = 200;
    private static final double HEIGHT = 54;
    private static final double BAR_HEIGHT = 8;
    private static final int RAMP_STOPS = 32;
    private static final LinearGradient RAMP = ramp(HeatRamp::color, 0);
    private static final LinearGradient DIFFERENCE_RAMP = ramp(HeatRamp::differenceColor, -1);
    private static final double DIFFERENCE_WIDTH = 300;

    private HeatLegend() {
    }

    static void paint(GraphicsContext gc, String label, double max) {
        Bar bar = paintKey(gc, label, WIDTH, HEIGHT, RAMP);
        double barX = bar.x();
        double barY = bar.y();
        double barWidth = bar.width();
        gc.fillText("0", barX, barY + BAR_HEIGHT + 3);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(format(max), barX + barWidth, barY + BAR_HEIGHT + 3);
    }

    /**
     * The key of a difference overlay: what is compared, its diverging ramp from {@code -max} to {@code +max}, and
     * in words which side is better (less WIP) and which worse (more), so the colours never speak alone.
     */
    static void paintDifference(GraphicsContext gc, String label, double max) {
        Bar bar = paintKey(gc, label, DIFFERENCE_WIDTH, HEIGHT + 14, DIFFERENCE_RAMP);
        double barX = bar.x();
        double barY = bar.y();
        double barWidth = bar.width();
        gc.fillText("\u2212" + format(max), barX, barY + BAR_HEIGHT + 3);
        gc.fillText("less WIP: better", barX, barY + BAR_HEIGHT + 17);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("0", barX + barWidth / 2, barY + BAR_HEIGHT + 3);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText("+" + format(max), barX + barWidth, barY + BAR_HEIGHT + 3);
        gc.fillText("more WIP: worse", barX + barWidth, barY + BAR_HEIGHT + 17);
    }

    /** A gradient of {@code colour} from {@code from} to 1. */
    private static LinearGradient ramp(DoubleFunction<Color> colour, double from) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= RAMP_STOPS; i++) {
            double offset = i / (double) RAMP_STOPS;
            stops.add(new Stop(offset, colour.apply(from + (1 - from) * offset)));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }

    static String format(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    /** Where a key's colour bar lies. */
    private record Bar(double x, double y, double width) { }

    /**
     * A key's box in the map's lower left corner, its label and its colour bar; leaves the fill at the legend's text
     * colour, left-aligned, for the figures under the bar.
     */
    private static Bar paintKey(GraphicsContext gc, String label, double width, double height, Paint ramp) {
        double x = MARGIN;
        double y = gc.getCanvas().getHeight() - MARGIN - height;
        gc.setFill(MapPalette.LEGEND_BACK);
        gc.fillRoundRect(x, y, width, height, 8, 8);
        gc.setFont(MapPalette.LEGEND_FONT);
        gc.setFill(MapPalette.LEGEND_TEXT);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(label, x + 10, y + 6, width - 20);
        Bar bar = new Bar(x + 10, y + 24, width - 20);
        gc.setFill(MapPalette.FLOOR);
        gc.fillRect(bar.x(), bar.y(), bar.width(), BAR_HEIGHT);
        gc.setFill(ramp);
        gc.fillRect(bar.x(), bar.y(), bar.width(), BAR_HEIGHT);
        gc.setFill(MapPalette.LEGEND_TEXT);
        return bar;
    }
}
