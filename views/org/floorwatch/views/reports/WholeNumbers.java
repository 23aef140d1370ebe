package org.floorwatch.views.reports;

import javafx.util.StringConverter;

/** Tick labels for an axis of counts: whole numbers only, the ticks between them left unlabelled. */
final class WholeNumbers {

    static final StringConverter<Number> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? Numbers.count((long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Long.parseLong(text.replace(",", ""));
        }
    };

    private WholeNumbers() {
    }
}
