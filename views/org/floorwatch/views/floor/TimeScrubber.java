package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.history.HistoryOutline;
import org.floorwatch.views.map.MapPalette;

/**
 * The time bar's scrubber, two rows on one canvas. Above, the store's whole history: production days marked, a
 * band as dark or bright as the moves stored in each hour, and the instant on screen; below, that instant's
 * production day: its shifts named and its hours marked. Pressing or dragging on either row asks for the instant
 * under the pointer.
 */
final class TimeScrubber extends Region {

    private static final double ROW = 22;
    private static final double GAP = 4;
    private static final double SIDE = 8;
    private static final double MIN_LABEL_GAP_PX = 56;

    private final Canvas canvas = new Canvas();
    private final Canvas cursorLayer = new Canvas();
    private final ProductionCalendar calendar;
    private final Consumer<Instant> seek;
    private HistoryOutline outline = HistoryOutline.EMPTY;
    private Instant end = Instant.EPOCH;
    private Instant cursor;
    private boolean live = true;
    private Instant dragFrom;
    private Instant dragTo;

    TimeScrubber(ProductionCalendar calendar, Consumer<Instant> seek) {
        this.calendar = calendar;
        this.seek = seek;
        getStyleClass().add("time-scrubber");
        getChildren().addAll(canvas, cursorLayer);
        setMinHeight(2 * ROW + GAP);
        setPrefHeight(2 * ROW + GAP);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
    }

    /**
     * What to draw: the history, the newest instant the store knows and the instant on screen. Only the cursor is
     * drawn again when only the instant moved within the day shown (while playing, several times a second).
     */
    void show(HistoryOutline history, Instant newest, Instant shown, boolean isLive) {
        boolean sameDay = cursor != null && shown != null
                && calendar.productionDay(cursor).equals(calendar.productionDay(shown));
        boolean sameBase = history == outline && newest.equals(end) && isLive == live && sameDay;
        outline = history;
        end = newest;
        cursor = shown;
        live = isLive;
        if (sameBase) {
            paintCursor();
        } else {
            paint();
        }
    }

    @Override
    protected void layoutChildren() {
        for (Canvas layer : new Canvas[] {canvas, cursorLayer}) {
            layer.setWidth(getWidth());
            layer.setHeight(getHeight());
        }
        paint();
    }

    private Instant first() {
        return outline.isEmpty() || outline.first().isAfter(end) ? end.minus(Duration.ofDays(1)) : outline.first();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        gc.clearRect(0, 0, width, canvas.getHeight());
        if (width <= 2 * SIDE || end.equals(Instant.EPOCH)) {
            return;
        }
        gc.setFont(MapPalette.LEGEND_FONT);
        Instant from = first();
        paintRow(gc, 0, from, end, true);
        if (cursor != null) {
            LocalDate day = calendar.productionDay(cursor);
            paintRow(gc, ROW + GAP, calendar.dayStart(day), calendar.dayEnd(day), false);
        }
        paintCursor();
    }

    /** The instant on screen, on both rows. */
    private void paintCursor() {
        GraphicsContext gc = cursorLayer.getGraphicsContext2D();
        gc.clearRect(0, 0, cursorLayer.getWidth(), cursorLayer.getHeight());
        if (cursor == null || end.equals(Instant.EPOCH) || cursorLayer.getWidth() <= 2 * SIDE) {
            return;
        }
        paintCursor(gc, 0, first(), end);
        LocalDate day = calendar.productionDay(cursor);
        paintCursor(gc, ROW + GAP, calendar.dayStart(day), calendar.dayEnd(day));
    }

    private void paintCursor(GraphicsContext gc, double top, Instant from, Instant to) {
        if (cursor.isBefore(from) || cursor.isAfter(to)) {
            return;
        }
        double x = Math.round(x(cursor, from, to)) + 0.5;
        gc.setStroke(live ? MapPalette.STATION_LABEL : MapPalette.SELECTED_EDGE);
        gc.setLineWidth(2);
        gc.strokeLine(x, top, x, top + ROW);
        gc.setFill(MapPalette.SELECTED_EDGE);
        gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {top, top, top + 5}, 3);
    }

    private void paintRow(GraphicsContext gc, double top, Instant from, Instant to, boolean whole) {
        double width = canvas.getWidth() - 2 * SIDE;
        gc.setFill(MapPalette.FLOOR);
        gc.fillRect(SIDE, top, width, ROW);
        paintBand(gc, top, from, to);
        gc.setTextBaseline(VPos.CENTER);
        if (whole) {
            paintDays(gc, top, from, to);
        } else {
            paintShifts(gc, top, from, to);
        }
        gc.setStroke(MapPalette.FLOOR_EDGE);
        gc.setLineWidth(1);
        gc.strokeRect(SIDE + 0.5, top + 0.5, width - 1, ROW - 1);
    }

    /** Each hour with moves as a column, brighter with more of them. */
    private void paintBand(GraphicsContext gc, double top, Instant from, Instant to) {
        List<Instant> hours = outline.hours();
        long most = 1;
        for (long moves : outline.moves()) {
            most = Math.max(most, moves);
        }
        gc.setFill(MapPalette.ROUTE);
        for (int i = 0; i < hours.size(); i++) {
            Instant hour = hours.get(i);
            if (hour.isBefore(to) && hour.plus(Duration.ofHours(1)).isAfter(from)) {
                double left = x(hour.isBefore(from) ? from : hour, from, to);
                double right = x(hour.plus(Duration.ofHours(1)), from, to);
                gc.setGlobalAlpha(0.25 + 0.75 * Math.sqrt(outline.moves()[i] / (double) most));
                gc.fillRect(left, top + 6, Math.max(1, right - left), ROW - 12);
            }
        }
        gc.setGlobalAlpha(1);
    }

    /** A line at each production day's start, its date where there is room. */
    private void paintDays(GraphicsContext gc, double top, Instant from, Instant to) {
        double lastLabel = -MIN_LABEL_GAP_PX;
        gc.setTextAlign(TextAlignment.LEFT);
        for (LocalDate day = calendar.productionDay(from); !calendar.dayStart(day).isAfter(to); day = day.plusDays(1)) {
            Instant start = calendar.dayStart(day);
            if (start.isBefore(from)) {
                continue;
            }
            double x = Math.round(x(start, from, to)) + 0.5;
            gc.setStroke(MapPalette.DEPARTMENT_EDGE);
            gc.setLineWidth(1);
            gc.strokeLine(x, top + 1, x, top + ROW - 1);
            if (x - lastLabel >= MIN_LABEL_GAP_PX) {
                gc.setFill(MapPalette.LEGEND_TEXT);
                gc.fillText(String.format(Locale.ROOT, "%1$te %1$tb", day), x + 3, top + ROW / 2);
                lastLabel = x;
            }
        }
    }

    /** The day's shifts, named, with a tick at each hour. */
    private void paintShifts(GraphicsContext gc, double top, Instant from, Instant to) {
        LocalDate day = calendar.productionDay(from);
        gc.setStroke(MapPalette.DEPARTMENT_EDGE);
        gc.setLineWidth(1);
        for (Instant hour : calendar.hourStarts(from, to)) {
            double x = Math.round(x(hour, from, to)) + 0.5;
            gc.strokeLine(x, top + ROW - 5, x, top + ROW - 1);
        }
        for (ShiftSlot slot : calendar.shifts(day)) {
            double left = x(slot.start(), from, to);
            double right = x(slot.end(), from, to);
            gc.setStroke(MapPalette.STATION_EDGE);
            gc.strokeLine(Math.round(left) + 0.5, top + 1, Math.round(left) + 0.5, top + ROW - 1);
            gc.setFill(MapPalette.LEGEND_TEXT);
            gc.setTextAlign(TextAlignment.CENTER);
            String name = "Shift " + slot.shift().name() + (left < SIDE + 1 ? " \u00b7 " + day : "");
            gc.fillText(name, (left + right) / 2, top + ROW / 2, Math.max(8, right - left - 6));
        }
    }

    private double x(Instant at, Instant from, Instant to) {
        double span = Math.max(1, Duration.between(from, to).toMillis());
        return SIDE + (canvas.getWidth() - 2 * SIDE) * Duration.between(from, at).toMillis() / span;
    }

    private Instant at(double x, Instant from, Instant to) {
        double share = Math.max(0, Math.min(1, (x - SIDE) / (canvas.getWidth() - 2 * SIDE)));
        return from.plusMillis(Math.round(share * Duration.between(from, to).toMillis()));
    }

    /** Fixes the row's span for the whole drag (the day below would move with the instant). */
    private void pressed(MouseEvent e) {
        if (end.equals(Instant.EPOCH)) {
            dragFrom = null;
            return;
        }
        if (e.getY() > ROW + GAP / 2 && cursor != null) {
            LocalDate day = calendar.productionDay(cursor);
            dragFrom = calendar.dayStart(day);
            dragTo = calendar.dayEnd(day);
        } else {
            dragFrom = first();
            dragTo = end;
        }
        dragged(e);
    }

    private void dragged(MouseEvent e) {
        if (dragFrom != null) {
            seek.accept(at(e.getX(), dragFrom, dragTo));
        }
    }
}
