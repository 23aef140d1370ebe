package org.floorwatch.localstore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.PlanFile;

/**
 * The floor plan in force in a data folder: a plan file given to a command that writes the store ({@code import
 * --plan}, {@code consume --plan}, {@code plan.file} of the app) becomes it; otherwise it is the plan saved in the
 * store, else the shipped plan. Records are checked against it, so reading a source with one plan and again
 * without one checks it the same way.
 */
public final class PlanInForce {

    private PlanInForce() {
    }

    /** {@code planFile} read, checked and made the plan in force; or, when null, the plan in force. */
    public static FloorPlan resolve(Path planFile, FloorStore store) {
        return resolve(planFile == null ? null : PlanFile.read(planFile), store);
    }

    /** {@code given} (already read and checked) made the plan in force; or, when null, the plan in force. */
    public static FloorPlan resolve(PlanFile given, FloorStore store) {
        if (given == null) {
            try (Connection connection = store.newReadConnection()) {
                return of(connection, store.dataDir());
            } catch (SQLException e) {
                throw new StoreException("cannot read the plan in force in " + store.dataDir() + ": " + e.getMessage(), e);
            }
        }
        try {
            SitePlanStore.save(store.writer(), given.json(), given.file().toAbsolutePath().toString()).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return given.plan();
    }

    /** The plan saved in the store of {@code dataDir}, else the shipped plan. */
    public static FloorPlan of(Connection connection, Path dataDir) {
        return SitePlanStore.load(connection)
                .map(json -> FloorPlanLoader.parse(json, "the plan in force in " + dataDir))
                .orElseGet(FloorPlanLoader::defaultPlan);
    }
}
