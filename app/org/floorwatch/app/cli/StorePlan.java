package org.floorwatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.InvalidPlanException;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.PlanInForce;
import picocli.CommandLine.Option;

/**
 * The {@code --plan FILE} option of commands that read a store: that plan, else the plan in force in the store, else the
 * shipped one.
 */
final class StorePlan {

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The site's floor plan (JSON). Default: the plan saved in the data folder, "
                    + "else the shipped plan.")
    Path plan;

    FloorPlan resolve(Connection connection, Path data) {
        try {
            if (plan != null) {
                return FloorPlanLoader.load(plan);
            }
            return PlanInForce.of(connection, data);
        } catch (InvalidPlanException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Refuses a folder without a store, leaving it as it was (never an empty store made by reading). */
    static void requireStore(Path data) {
        if (!Files.isRegularFile(data.resolve(FloorStore.FILE_NAME))) {
            throw new UserError("no local store in " + data + " (no " + FloorStore.FILE_NAME
                    + "); import or consume into that folder first");
        }
    }
}
