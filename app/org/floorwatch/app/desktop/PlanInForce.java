package org.floorwatch.app.desktop;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.StoreException;

/** Which floor plan the app shows: the configured file, else the plan in force in the data folder, else the shipped one. */
final class PlanInForce {

    private PlanInForce() {
    }

    static FloorPlan resolve(Path planFile, FloorStore store) {
        if (planFile != null) {
            return FloorPlanLoader.load(planFile);
        }
        return stored(store).map(json -> FloorPlanLoader.parse(json, "the plan in force in " + store.dataDir()))
                .orElseGet(FloorPlanLoader::defaultPlan);
    }

    private static Optional<String> stored(FloorStore store) {
        try (Connection connection = store.newReadConnection()) {
            return SitePlanStore.load(connection);
        } catch (SQLException e) {
            throw new StoreException("could not read the plan in force in " + store.dataDir() + ": " + e.getMessage(), e);
        }
    }
}
