package org.floorwatch.views.floor;

import java.util.Map;

/** What the heat overlay shows: an intensity per station and the legend's words for it. */
public record HeatView(HeatSpan span, Map<String, Double> intensity, String label) {

    public HeatView {
        intensity = Map.copyOf(intensity);
    }

    /** The largest intensity, 0 with none. */
    public double peak() {
        return intensity.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
