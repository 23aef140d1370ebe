package org.floorwatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.InvalidPlanException;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.SitePlanStore;

/** A {@code --data} folder read by a command: it must hold a store, and its plan is the one in force there. */
final class DataFolder {

    private DataFolder() {
    }

    /** Refuses a folder without a store, leaving it as it was (never given an empty store). */
    static void requireStore(Path data) {
        if (!Files.isRegularFile(data.resolve(FloorStore.FILE_NAME))) {
            throw new UserError("no local store in " + data + " (no " + FloorStore.FILE_NAME
                    + "); import or consume into that folder first");
        }
    }

    /** {@code planFile} if given, else the plan saved in the store, else the shipped plan. */
    static FloorPlan plan(Connection connection, Path planFile, Path data) {
        try {
            if (planFile != null) {
                return FloorPlanLoader.load(planFile);
            }
            return SitePlanStore.load(connection)
                    .map(saved -> FloorPlanLoader.parse(saved, "the plan saved in " + data))
                    .orElseGet(FloorPlanLoader::defaultPlan);
        } catch (InvalidPlanException e) {
            throw new UserError(e.getMessage());
        }
    }
}
