package org.floorwatch.views.alarms;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.Shelving;

/**
 * The columns of the alarm list and the journal: each a value of the row that sorts as what it is (times as times,
 * the priority by urgency) and shows as text; the priority with its shape.
 */
final class AlarmColumns {

    private final AlarmWords words;
    private final AlarmFilter.StationOf stations;

    AlarmColumns(AlarmWords words, AlarmFilter.StationOf stations) {
        this.words = words;
        this.stations = stations;
    }

    /** The list of active and recent alarms. */
    void list(TableView<Row> table) {
        table.getColumns().setAll(List.of(priority(), started(), source(), station(), what(),
                text("State", 210, AlarmWords::state), acknowledged(), shelved(), ended("")));
    }

    /** The journal: every episode's timeline in one row. */
    void journal(TableView<Row> table) {
        table.getColumns().setAll(List.of(started(), ended("still active"),
                column("Lasted", 80, r -> duration(r.episode().start(), r.episode().end()),
                        d -> d == null ? "" : lasted(d)),
                priority(), source(), station(), what(), acknowledged(), shelved(),
                text("From import", 90, r -> r.episode().fromImport() ? "from import" : "")));
    }

    private TableColumn<Row, Row> priority() {
        TableColumn<Row, Row> column = new TableColumn<>("Priority");
        column.setPrefWidth(96);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparing((Row r) -> r.episode().priority()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : AlarmWords.priority(row.episode().priority()));
                setGraphic(empty || row == null ? null : PriorityGlyph.of(row.episode().priority(), row.acknowledged()));
            }
        });
        return column;
    }

    private TableColumn<Row, Instant> started() {
        return column("Started", 150, r -> r.episode().start(), words::dayTime);
    }

    private TableColumn<Row, Instant> ended(String open) {
        return column("Ended", 150, r -> r.episode().end(), end -> end == null ? open : words.dayTime(end));
    }

    private TableColumn<Row, String> source() {
        return text("Source", 120, r -> r.episode().source());
    }

    private TableColumn<Row, String> station() {
        return text("Station", 110, stations::station);
    }

    private TableColumn<Row, String> what() {
        return text("Alarm", 170, r -> AlarmWords.what(r.episode()));
    }

    private TableColumn<Row, String> acknowledged() {
        return text("Acknowledged", 260, r -> r.ack() == null ? "" : r.ack().by() + " at "
                + words.time(r.ack().at()) + (r.ack().note().isEmpty() ? "" : ": " + r.ack().note()));
    }

    private TableColumn<Row, String> shelved() {
        return text("Shelved", 220, r -> shelving(r.shelving()));
    }

    String shelving(Shelving shelving) {
        return shelving == null ? "" : "until " + words.time(shelving.ends()) + " by " + shelving.by() + ": "
                + shelving.reason();
    }

    private static TableColumn<Row, String> text(String title, double width, Function<Row, String> value) {
        return column(title, width, value, text -> text == null ? "" : text);
    }

    /** A column holding {@code value} (sorted by it, nulls last) and showing {@code shown} of it. */
    private static <T extends Comparable<T>> TableColumn<Row, T> column(String title, double width,
                                                                       Function<Row, T> value, Function<T, String> shown) {
        TableColumn<Row, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : shown.apply(item));
            }
        });
        return column;
    }

    static String lasted(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 3600 ? String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d h %02d", seconds / 3600, seconds % 3600 / 60);
    }

    private static Duration duration(Instant start, Instant end) {
        return end == null ? null : Duration.between(start, end);
    }
}
