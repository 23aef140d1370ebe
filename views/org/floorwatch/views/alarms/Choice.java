package org.floorwatch.views.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;

/** A filter's entry: what it shows and the value it stands for (null for "All"). */
record Choice<T>(String label, T value) {

    @Override
    public String toString() {
        return label;
    }

    /** Fills {@code box} with "All" then one entry per value, and selects "All". */
    static <T> void fill(ComboBox<Choice<T>> box, String all, List<T> values, Function<T, String> label) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(all, null));
        values.forEach(value -> choices.add(new Choice<>(label.apply(value), value)));
        box.getItems().setAll(choices);
        box.getSelectionModel().selectFirst();
    }

    static <T> T chosen(ComboBox<Choice<T>> box) {
        Choice<T> choice = box.getValue();
        return choice == null ? null : choice.value();
    }
}
