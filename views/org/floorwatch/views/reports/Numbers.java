package org.floorwatch.views.reports;

import java.util.Locale;

/** How report figures read on screen: counts with separators, fixed decimals, percentages, "–" for no value. */
final class Numbers {

    static final String NONE = "\u2013";

    private Numbers() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String decimal(Double value, int decimals) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        String shown = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return shown.matches("-0(\\.0*)?") ? shown.substring(1) : shown;
    }

    /** A ratio 0..1 as a percentage with one decimal. */
    static String percent(Double ratio) {
        return ratio == null || ratio.isNaN() ? NONE : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }
}
