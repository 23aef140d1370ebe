package org.floorwatch.views.sources;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * How the Sources (and Audit trail) screen's table columns show their values: text with the whole value as a tooltip,
 * counts.
 */
public final class Columns {

    private Columns() {
    }

    /** Shows {@code shown} of each row; pointing at a cell shows {@code whole}, for values too long to read in it. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> shown, Function<S, String> whole) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(shown.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(row == null ? null : new Tooltip(whole.apply(row)));
            }
        });
    }

    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** A count with thousands separators; null shows as empty. Sorted as a number. */
    static <S> void count(TableColumn<S, Number> column, Function<S, Number> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%,d", item.longValue()));
            }
        });
    }
}
