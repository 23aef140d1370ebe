package org.floorwatch.floorplan;

import java.util.Locale;
import java.util.Optional;

/** What a station does in the flow; decides which figures it takes part in. */
public enum StationKind {
    ENTRY, PROCESS, BUFFER, INSPECTION, REWORK, EXIT, SCRAP;

    /** The name used in plan files. */
    public String planName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StationKind> fromPlanName(String name) {
        for (StationKind kind : values()) {
            if (kind.planName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Stations of kind exit and scrap hold no work in progress. */
    public boolean holdsWip() {
        return this != EXIT && this != SCRAP;
    }

    /** Stations that can be the bottleneck. */
    public boolean canBeBottleneck() {
        return this == PROCESS || this == INSPECTION;
    }
}
