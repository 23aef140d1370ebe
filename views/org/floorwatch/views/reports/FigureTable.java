package org.floorwatch.views.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A read-only table of report rows: text columns, and number columns that sort as numbers and read as
 * {@link Numbers} does (right-aligned, units in the header).
 */
final class FigureTable<S> {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final double ROW = 24;
    private static final int MIN_ROWS = 3;

    private final TableView<S> table = new TableView<>();
    private int maxRows = 10;

    FigureTable(String id, String empty) {
        table.setId(id);
        table.setFixedCellSize(ROW);
        table.getStyleClass().add("figure-table");
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    }

    FigureTable<S> text(String header, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        table.getColumns().add(column);
        return this;
    }

    FigureTable<S> count(String header, Function<S, Long> value) {
        return number(header, value, v -> Numbers.count(v.longValue()));
    }

    FigureTable<S> decimal(String header, int decimals, Function<S, Double> value) {
        return number(header, value, v -> Numbers.decimal(v.doubleValue(), decimals));
    }

    FigureTable<S> percent(String header, Function<S, Double> value) {
        return number(header, value, v -> Numbers.percent(v.doubleValue()));
    }

    FigureTable<S> time(String header, ZoneId zone, Function<S, Instant> value) {
        return text(header, row -> {
            Instant at = value.apply(row);
            return at == null ? "" : LOCAL.format(at.atZone(zone));
        });
    }

    /** Grows to show up to {@code rows} rows before it scrolls (10 unless told). */
    FigureTable<S> showingUpTo(int rows) {
        maxRows = rows;
        return this;
    }

    TableView<S> view() {
        return table;
    }

    /** Shows {@code rows}, the table as high as they need, from three rows up to its most. */
    void show(List<S> rows) {
        table.getItems().setAll(rows);
        double height = ROW * (1.25 + Math.max(MIN_ROWS, Math.min(maxRows, rows.size()))) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private FigureTable<S> number(String header, Function<S, ? extends Number> value, Function<Number, String> shown) {
        TableColumn<S, Number> column = new TableColumn<>(header);
        column.getStyleClass().add("number");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Numbers.NONE : shown.apply(item));
            }
        });
        table.getColumns().add(column);
        return this;
    }
}
