package org.floorwatch.views.floor;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.floorwatch.floorplan.TimeTarget;
import org.floorwatch.floorplan.TimeTarget.Span;
import org.floorwatch.views.floor.HeatView.CompareMode;

/**
 * Heat over spans chosen by hand: a span (a production day, a shift, or FROM/TO) and, optionally, a span to
 * compare it with, side by side or as the difference. It opens on the shift shown and the same shift the day
 * before ("last night against tonight").
 */
final class SpanChooser extends HBox {

    private final TimeTarget targets;
    private final Supplier<Instant> shown;
    private final Consumer<ChosenSpans> chosen;
    private final TextField span = new TextField();
    private final TextField compareWith = new TextField();
    private final ToggleGroup mode = new ToggleGroup();
    private final ToggleButton sideBySide = new ToggleButton("Side by side");
    private final ToggleButton difference = new ToggleButton("Difference");
    private final Label error = new Label();

    SpanChooser(TimeTarget targets, Supplier<Instant> shown, Consumer<ChosenSpans> chosen) {
        this.targets = targets;
        this.shown = shown;
        this.chosen = chosen;
        getStyleClass().add("span-chooser");
        span.setId("span-chosen");
        compareWith.setId("span-compare");
        sideBySide.setId("span-side-by-side");
        difference.setId("span-difference");
        error.getStyleClass().add("time-note");
        Tooltip words = new Tooltip("A production day (2026-10-27), a shift (2026-10-27 C) or FROM/TO "
                + "(2026-10-27 03:00/2026-10-27 05:00); leave 'compared with' empty for one span");
        span.setTooltip(words);
        compareWith.setTooltip(words);
        span.setPrefColumnCount(11);
        compareWith.setPrefColumnCount(11);
        for (ToggleButton button : new ToggleButton[] {sideBySide, difference}) {
            button.setToggleGroup(mode);
            button.getStyleClass().add("span-button");
        }
        difference.setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (old != null && isVisible()) {
                show();
            }
        });
        Button show = new Button("Show");
        show.setId("span-show");
        show.setDefaultButton(false);
        show.setOnAction(e -> show());
        span.setOnAction(e -> show());
        compareWith.setOnAction(e -> show());
        getChildren().setAll(new Label("Heat over"), span, new Label("compared with"), compareWith, sideBySide,
                difference, show, error);
    }

    /** Opens on the shift shown and the same shift a day earlier, and shows them. */
    void open() {
        Instant at = shown.get();
        span.setText(targets.shiftWords(at));
        compareWith.setText(targets.shiftWords(targets.sameShiftDayBefore(at).from()));
        show();
    }

    private void show() {
        try {
            Instant at = shown.get();
            Span main = targets.span(span.getText(), at);
            Span other = compareWith.getText().isBlank() ? null : targets.span(compareWith.getText(), at);
            error.setText("");
            chosen.accept(new ChosenSpans(main, other, sideBySide.isSelected() ? CompareMode.SIDE_BY_SIDE
                    : CompareMode.DIFFERENCE));
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }
}
