package org.floorwatch.app.cli;

import java.nio.file.Path;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import picocli.CommandLine.Option;

/** The {@code --plan FILE} option shared by the commands that need the site's floor plan. */
public final class PlanOption {

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The site's floor plan (JSON). Default: the shipped MyCPU Fab 1 plan.")
    Path plan;

    public FloorPlan load() {
        return plan == null ? FloorPlanLoader.defaultPlan() : FloorPlanLoader.load(plan);
    }
}
