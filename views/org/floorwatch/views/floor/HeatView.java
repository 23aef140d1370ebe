package org.floorwatch.views.floor;

import java.util.HashMap;
import java.util.Map;

/**
 * What the heat overlay shows: an intensity per station and the legend's words for it, and, when two spans are
 * compared, the other span's intensity and words and how they are shown.
 */
public record HeatView(HeatSpan span, Map<String, Double> intensity, String label, Comparison comparison) {

    /** How two spans are shown: two maps side by side, or one map of the difference. */
    public enum CompareMode { SIDE_BY_SIDE, DIFFERENCE }

    /** The span compared with (shown on the left, or subtracted). */
    public record Comparison(Map<String, Double> intensity, String label, CompareMode mode) {
        public Comparison {
            intensity = Map.copyOf(intensity);
        }
    }

    public HeatView {
        intensity = Map.copyOf(intensity);
    }

    public HeatView(HeatSpan span, Map<String, Double> intensity, String label) {
        this(span, intensity, label, null);
    }

    /** The largest intensity, 0 with none. */
    public double peak() {
        return intensity.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The largest intensity of either span: the scale both maps share side by side. */
    public double sharedPeak() {
        double other = comparison == null ? 0
                : comparison.intensity().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.max(peak(), other);
    }

    /** Per station, this span's intensity minus the compared span's. */
    public Map<String, Double> difference() {
        Map<String, Double> difference = new HashMap<>();
        if (comparison != null) {
            intensity.forEach((station, value) -> difference.merge(station, value, Double::sum));
            comparison.intensity().forEach((station, value) -> difference.merge(station, -value, Double::sum));
        }
        return difference;
    }
}
