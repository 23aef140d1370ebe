package org.floorwatch.views.reports;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.floorwatch.localstore.report.WipGrid;
import org.floorwatch.views.map.HeatRamp;
import org.floorwatch.views.theme.Palette;
import org.floorwatch.views.theme.Theme;

/**
 * The station x time grid of mean WIP: one row per station, one cell per column of a {@link WipGrid}, coloured
 * with the floor map's heat ramp scaled to the grid's largest value; columns not yet started stay empty. Pointing
 * at a cell puts its station, column and value in {@link #pointedProperty}.
 */
final class WipHeatGrid extends Region {

    private static final double LABEL_WIDTH = 86;
    private static final double HEADER_HEIGHT = 20;
    private static final double ROW_HEIGHT = 22;
    private static final Color EMPTY = Palette.color("-fw-bar");
    private static final Color GRID = Palette.color("-fw-edge");

    private final Canvas canvas = new Canvas();
    private final ReadOnlyStringWrapper pointed = new ReadOnlyStringWrapper(this, "pointed", "");
    private WipGrid grid = new WipGrid(List.of(), List.of(), true, new double[0][]);
    private List<String> rows = List.of();

    WipHeatGrid() {
        getStyleClass().add("wip-grid");
        getChildren().add(canvas);
        canvas.setOnMouseMoved(this::pointAt);
        canvas.setOnMouseExited(e -> pointed.set(""));
    }

    /** Shows {@code shown} rows of the grid (a department's stations), in the grid's order. */
    void show(WipGrid wipGrid, List<String> shown) {
        grid = wipGrid;
        rows = wipGrid.stations().stream().filter(shown::contains).toList();
        requestLayout();
        paint();
    }

    ReadOnlyStringProperty pointedProperty() {
        return pointed.getReadOnlyProperty();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEADER_HEIGHT + Math.max(1, rows.size()) * ROW_HEIGHT + 2;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    private double cellWidth() {
        return grid.columns().isEmpty() ? 0 : (canvas.getWidth() - LABEL_WIDTH) / grid.columns().size();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Theme.PANEL);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double cell = cellWidth();
        double max = grid.max();
        gc.setFont(Font.font(11));
        gc.setTextBaseline(VPos.CENTER);
        int every = labelEvery(gc.getFont(), cell);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(Theme.TEXT_MID);
        for (int c = 0; c < grid.columns().size(); c += every) {
            gc.fillText(grid.columns().get(c), LABEL_WIDTH + c * cell + 1, HEADER_HEIGHT / 2);
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = HEADER_HEIGHT + r * ROW_HEIGHT;
            gc.setFill(Theme.TEXT);
            gc.fillText(rows.get(r), 4, y + ROW_HEIGHT / 2);
            int row = grid.stations().indexOf(rows.get(r));
            for (int c = 0; c < grid.columns().size(); c++) {
                double value = grid.values()[row][c];
                gc.setFill(EMPTY);
                gc.fillRect(LABEL_WIDTH + c * cell, y, cell, ROW_HEIGHT);
                if (!Double.isNaN(value) && max > 0) {
                    gc.setFill(HeatRamp.color(value / max));
                    gc.fillRect(LABEL_WIDTH + c * cell, y, cell, ROW_HEIGHT);
                }
            }
            gc.setStroke(GRID);
            gc.strokeLine(LABEL_WIDTH, y + 0.5, canvas.getWidth(), y + 0.5);
        }
    }

    /** Every how many columns a heading fits: 1, 2, 3, 4, 6, 12 or 24 (hours of a day), or more. */
    private int labelEvery(Font font, double cell) {
        Text widest = new Text(grid.columns().stream().max(Comparator.comparingInt(String::length)).orElse(""));
        widest.setFont(font);
        int needed = (int) Math.ceil((widest.getLayoutBounds().getWidth() + 8) / Math.max(cell, 1));
        return IntStream.of(1, 2, 3, 4, 6, 12, 24).filter(step -> step >= needed).findFirst().orElse(needed);
    }

    private void pointAt(MouseEvent e) {
        double cell = cellWidth();
        int r = (int) Math.floor((e.getY() - HEADER_HEIGHT) / ROW_HEIGHT);
        int c = cell <= 0 ? -1 : (int) Math.floor((e.getX() - LABEL_WIDTH) / cell);
        if (r < 0 || r >= rows.size() || c < 0 || c >= grid.columns().size()) {
            pointed.set("");
            return;
        }
        double value = grid.value(rows.get(r), c);
        pointed.set(rows.get(r) + " \u00b7 " + grid.columns().get(c) + " \u00b7 "
                + (Double.isNaN(value) ? "not started" : String.format(Locale.ROOT, "mean WIP %.2f", value)));
    }
}
