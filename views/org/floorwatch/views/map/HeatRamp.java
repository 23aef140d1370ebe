package org.floorwatch.views.map;

import javafx.scene.paint.Color;

/**
 * The heat overlay's colours: 0 is fully transparent, then deep teal, cyan and near white as the value rises, with
 * opacity rising too. One cool hue family keeps it apart from amber and red, which only alarms use, and it reads
 * over the dark grey floor without turning the screen into a rainbow. A difference between two spans has a
 * diverging ramp of its own, blue for less and violet for more, neither of them a heat or alarm colour.
 */
public final class HeatRamp {

    private static final int STEPS = 256;
    private static final double INVISIBLE_BELOW = 0.03;
    private static final int[] ARGB = new int[STEPS];
    private static final int[] DIFFERENCE_ARGB = new int[2 * STEPS - 1];

    static {
        for (int i = 0; i < STEPS; i++) {
            ARGB[i] = toArgb(compute(i / (double) (STEPS - 1)));
        }
        for (int i = 0; i < DIFFERENCE_ARGB.length; i++) {
            DIFFERENCE_ARGB[i] = toArgb(difference(i / (double) (STEPS - 1) - 1));
        }
    }

    private HeatRamp() {
    }

    /** Non-premultiplied ARGB of a value 0..1 (clamped), for a pixel of the overlay image. */
    public static int argb(double value) {
        double clamped = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        return ARGB[(int) Math.round(clamped * (STEPS - 1))];
    }

    /** The colour of a value 0..1, for the legend. */
    public static Color color(double value) {
        int argb = argb(value);
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }

    /**
     * Non-premultiplied ARGB of a difference -1..1 (clamped): transparent near 0, then more and more
     * {@link MapPalette#DIFFERENCE_LESS} below 0 (less WIP, better) and {@link MapPalette#DIFFERENCE_MORE} above
     * (more WIP, worse).
     */
    public static int differenceArgb(double value) {
        double clamped = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value));
        return DIFFERENCE_ARGB[(int) Math.round((clamped + 1) * (STEPS - 1))];
    }

    /** The colour of a difference -1..1, for the legend. */
    public static Color differenceColor(double value) {
        int argb = differenceArgb(value);
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }

    private static Color difference(double value) {
        double size = Math.abs(value);
        if (size < INVISIBLE_BELOW) {
            return Color.TRANSPARENT;
        }
        Color hue = value < 0 ? MapPalette.DIFFERENCE_LESS : MapPalette.DIFFERENCE_MORE;
        double opacity = MapPalette.HEAT_MAX_OPACITY * Math.pow((size - INVISIBLE_BELOW) / (1 - INVISIBLE_BELOW), 0.7);
        return Color.color(hue.getRed(), hue.getGreen(), hue.getBlue(), opacity);
    }

    private static Color compute(double value) {
        if (value < INVISIBLE_BELOW) {
            return Color.TRANSPARENT;
        }
        Color hue = value < 0.5
                ? MapPalette.HEAT_LOW.interpolate(MapPalette.HEAT_MID, value / 0.5)
                : MapPalette.HEAT_MID.interpolate(MapPalette.HEAT_HIGH, (value - 0.5) / 0.5);
        double opacity = MapPalette.HEAT_MAX_OPACITY * Math.pow((value - INVISIBLE_BELOW) / (1 - INVISIBLE_BELOW), 0.7);
        return Color.color(hue.getRed(), hue.getGreen(), hue.getBlue(), opacity);
    }

    private static int toArgb(Color color) {
        return (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
    }
}
