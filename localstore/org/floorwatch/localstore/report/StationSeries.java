package org.floorwatch.localstore.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** One figure per station and time slice ({@link TimeSlices}); null where the figure has no value there. */
public final class StationSeries {

    private final int slices;
    private final Map<String, Double[]> byStation = new HashMap<>();

    StationSeries(int slices) {
        this.slices = slices;
    }

    void put(String station, int slice, Double value) {
        byStation.computeIfAbsent(station, s -> new Double[slices])[slice] = value;
    }

    /** The figure of {@code station} in {@code slice}, or null. */
    public Double get(String station, int slice) {
        Double[] values = byStation.get(station);
        return values == null ? null : values[slice];
    }

    /** The stations with a figure in some slice. */
    public Set<String> stations() {
        return byStation.keySet();
    }
}
