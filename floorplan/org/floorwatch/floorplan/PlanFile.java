package org.floorwatch.floorplan;

import java.nio.file.Path;

/**
 * A floor plan file as read: its text, kept as it is when the plan becomes a data folder's plan in force, and the
 * plan it holds, checked.
 */
public record PlanFile(Path file, String json, FloorPlan plan) {

    /** Reads and checks {@code file}; throws {@link InvalidPlanException} naming the file and what is wrong. */
    public static PlanFile read(Path file) {
        String json = FloorPlanLoader.text(file);
        return new PlanFile(file, json, FloorPlanLoader.parse(json, file.toString()));
    }
}
