package org.floorwatch.app.cli;

import java.nio.file.Path;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.PlanFile;
import picocli.CommandLine.Option;

/** The {@code --plan FILE} option shared by the commands that need the site's floor plan. */
public final class PlanOption {

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The site's floor plan (JSON). Default: the shipped MyCPU Fab 1 plan.")
    Path plan;

    public FloorPlan load() {
        return plan == null ? FloorPlanLoader.defaultPlan() : FloorPlanLoader.load(plan);
    }

    /** The plan file given, read and checked, or null when none was given. */
    public PlanFile file() {
        return plan == null ? null : PlanFile.read(plan);
    }
}
