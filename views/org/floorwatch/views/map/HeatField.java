package org.floorwatch.views.map;

import java.util.Arrays;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * Where parts pile up, spread over the floor: a grid of values 0..1, each station's intensity (e.g. its
 * time-weighted WIP) divided by a scale and blurred by a Gaussian around its centre whose spread follows the
 * station's size. Where two stations' glows meet the larger one wins rather than adding up, so the value at a
 * station's centre is exactly its own intensity over the scale and the legend's numbers mean what they say.
 * A difference field ({@link #difference}) holds values -1..1: there the glow furthest from 0 wins.
 */
public final class HeatField {

    /** Cells along the plan's longer side; the cells are square. */
    public static final int CELLS_ACROSS = 240;
    /** Gaussian sigma as a share of the station's width (across) and height (down). */
    static final double SIGMA_PER_SIZE = 0.6;
    private static final double REACH_SIGMAS = 3;

    private final int columns;
    private final int rows;
    private final double cellSize;
    private final double scale;
    private final boolean signed;
    private final float[] values;

    private HeatField(int columns, int rows, double cellSize, double scale, boolean signed) {
        this.columns = columns;
        this.rows = rows;
        this.cellSize = cellSize;
        this.scale = scale;
        this.signed = signed;
        this.values = new float[columns * rows];
    }

    /** The field normalised to the highest intensity of a station of the plan. */
    public static HeatField of(FloorPlan plan, Map<String, Double> intensity) {
        double max = plan.stations().stream().map(station -> intensity.get(station.id()))
                .filter(HeatField::usable).mapToDouble(Double::doubleValue).max().orElse(0);
        return of(plan, intensity, max);
    }

    /** The field normalised to {@code scale}: an intensity of {@code scale} or more shows as 1. */
    public static HeatField of(FloorPlan plan, Map<String, Double> intensity, double scale) {
        HeatField field = empty(plan, usable(scale) ? scale : 0, false);
        if (field.scale > 0) {
            for (Station station : plan.stations()) {
                Double value = intensity.get(station.id());
                if (value != null && usable(value) && value > 0) {
                    field.spread(station, Math.min(1, value / field.scale));
                }
            }
        }
        return field;
    }

    /**
     * A difference per station (e.g. one span's mean WIP minus another's), normalised to the largest difference
     * either way: values -1..1, 0 where nothing changed.
     */
    public static HeatField difference(FloorPlan plan, Map<String, Double> difference) {
        double largest = plan.stations().stream().map(station -> difference.get(station.id()))
                .filter(value -> value != null && Double.isFinite(value)).mapToDouble(Math::abs).max().orElse(0);
        HeatField field = empty(plan, largest, true);
        if (largest > 0) {
            for (Station station : plan.stations()) {
                Double value = difference.get(station.id());
                if (value != null && Double.isFinite(value) && value != 0) {
                    field.spread(station, value / largest);
                }
            }
        }
        return field;
    }

    private static HeatField empty(FloorPlan plan, double scale, boolean signed) {
        double cellSize = Math.max(plan.size().width(), plan.size().height()) / CELLS_ACROSS;
        int columns = Math.max(1, (int) Math.ceil(plan.size().width() / cellSize));
        int rows = Math.max(1, (int) Math.ceil(plan.size().height() / cellSize));
        return new HeatField(columns, rows, cellSize, scale, signed);
    }

    /** Whether this is a difference field, -1..1 (else 0..1). */
    public boolean signed() {
        return signed;
    }

    private static boolean usable(Double value) {
        return value != null && Double.isFinite(value) && value >= 0;
    }

    private void spread(Station station, double peak) {
        double sigmaX = Math.max(cellSize, station.width() * SIGMA_PER_SIZE);
        double sigmaY = Math.max(cellSize, station.height() * SIGMA_PER_SIZE);
        int firstColumn = Math.max(0, (int) ((station.centreX() - REACH_SIGMAS * sigmaX) / cellSize));
        int lastColumn = Math.min(columns - 1, (int) ((station.centreX() + REACH_SIGMAS * sigmaX) / cellSize));
        int firstRow = Math.max(0, (int) ((station.centreY() - REACH_SIGMAS * sigmaY) / cellSize));
        int lastRow = Math.min(rows - 1, (int) ((station.centreY() + REACH_SIGMAS * sigmaY) / cellSize));
        for (int row = firstRow; row <= lastRow; row++) {
            double dy = ((row + 0.5) * cellSize - station.centreY()) / sigmaY;
            for (int column = firstColumn; column <= lastColumn; column++) {
                double dx = ((column + 0.5) * cellSize - station.centreX()) / sigmaX;
                float value = (float) (peak * Math.exp(-0.5 * (dx * dx + dy * dy)));
                int index = row * columns + column;
                if (Math.abs(value) > Math.abs(values[index])) {
                    values[index] = value;
                }
            }
        }
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The side of one square cell, in metres. */
    public double cellSize() {
        return cellSize;
    }

    /** The intensity that shows as 1 (-1 too for a difference; 0 when nothing was given: then every cell is 0). */
    public double scale() {
        return scale;
    }

    /** The value 0..1 of one cell; row 0 is the top of the floor. */
    public double value(int column, int row) {
        return values[row * columns + column];
    }

    /** The value 0..1 at the floor point (x, y) in metres, blended bilinearly between cell centres; 0 off the floor. */
    public double smoothValueAt(double x, double y) {
        if (x < 0 || y < 0 || x > columns * cellSize || y > rows * cellSize) {
            return 0;
        }
        double fx = Math.max(0, Math.min(columns - 1, x / cellSize - 0.5));
        double fy = Math.max(0, Math.min(rows - 1, y / cellSize - 0.5));
        int left = Math.min((int) fx, Math.max(columns - 2, 0));
        int top = Math.min((int) fy, Math.max(rows - 2, 0));
        int right = Math.min(left + 1, columns - 1);
        int bottom = Math.min(top + 1, rows - 1);
        double tx = fx - left;
        double ty = fy - top;
        double upper = values[top * columns + left] * (1 - tx) + values[top * columns + right] * tx;
        double lower = values[bottom * columns + left] * (1 - tx) + values[bottom * columns + right] * tx;
        return upper * (1 - ty) + lower * ty;
    }

    /**
     * The values across the floor at height {@code y} metres, blended between the rows of cells above and below
     * as {@link #smoothValueAt} does, one per column into {@code row} (all 0 off the floor).
     */
    public void blendRow(double y, float[] row) {
        if (y < 0 || y > rows * cellSize) {
            Arrays.fill(row, 0, columns, 0f);
            return;
        }
        double fy = Math.max(0, Math.min(rows - 1, y / cellSize - 0.5));
        int top = Math.min((int) fy, Math.max(rows - 2, 0));
        int bottom = Math.min(top + 1, rows - 1);
        float ty = (float) (fy - top);
        for (int column = 0; column < columns; column++) {
            row[column] = values[top * columns + column] * (1 - ty) + values[bottom * columns + column] * ty;
        }
    }

    /** The value 0..1 of the cell that holds the floor point (x, y) in metres; 0 off the floor. */
    public double valueAt(double x, double y) {
        int column = (int) Math.floor(x / cellSize);
        int row = (int) Math.floor(y / cellSize);
        return column < 0 || row < 0 || column >= columns || row >= rows ? 0 : value(column, row);
    }
}
