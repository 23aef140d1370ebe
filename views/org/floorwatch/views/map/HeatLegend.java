package org.floorwatch.views.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;

/** The heat overlay's key in the bottom-left corner: what the heat shows, its colour ramp and its value range. */
final class HeatLegend {

    private static final double MARGIN = 12;
    private static final double WIDTH = 200;
    private static final double HEIGHT = 54;
    private static final double BAR_HEIGHT = 8;
    private static final int RAMP_STOPS = 32;
    private static final LinearGradient RAMP = ramp();

    private HeatLegend() {
    }

    static void paint(GraphicsContext gc, String label, double max) {
        double x = MARGIN;
        double y = gc.getCanvas().getHeight() - MARGIN - HEIGHT;
        gc.setFill(MapPalette.LEGEND_BACK);
        gc.fillRoundRect(x, y, WIDTH, HEIGHT, 8, 8);
        gc.setFont(MapPalette.LEGEND_FONT);
        gc.setFill(MapPalette.LEGEND_TEXT);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(label, x + 10, y + 6, WIDTH - 20);
        double barX = x + 10;
        double barY = y + 24;
        double barWidth = WIDTH - 20;
        gc.setFill(MapPalette.FLOOR);
        gc.fillRect(barX, barY, barWidth, BAR_HEIGHT);
        gc.setFill(RAMP);
        gc.fillRect(barX, barY, barWidth, BAR_HEIGHT);
        gc.setFill(MapPalette.LEGEND_TEXT);
        gc.fillText("0", barX, barY + BAR_HEIGHT + 3);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(format(max), barX + barWidth, barY + BAR_HEIGHT + 3);
    }

    private static LinearGradient ramp() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= RAMP_STOPS; i++) {
            double offset = i / (double) RAMP_STOPS;
            stops.add(new Stop(offset, HeatRamp.color(offset)));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }

    static String format(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }
}
