package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.WorkOrder;

/**
 * The engine of {@code simulate files}: every file source of contract section 4 for a run of production
 * days, and the {@code .jsonl} archives of the live messages, all about the same site, workers,
 * machines and tools, with faults put in on purpose (see the README.txt it writes). The same plan and
 * settings give the same files, byte for byte.
 */
public final class FileSimulator {

    private final FloorPlan plan;
    private final FileSimulationSettings settings;

    public FileSimulator(FloorPlan plan, FileSimulationSettings settings) {
        this.plan = plan;
        this.settings = settings;
    }

    /**
     * Writes the run into {@code folder}, which is created if needed and must be empty.
     *
     * @throws IllegalArgumentException when the folder is a file or not empty
     * @throws IOException              when a file cannot be written
     */
    public FilesSummary writeTo(Path folder) throws IOException {
        OutputFolder out = new OutputFolder(folder);
        ProductionCalendar calendar = ProductionCalendar.of(plan);
        LocalDate from = settings.from();
        Instant start = calendar.dayStart(from);
        Instant end = calendar.dayEnd(from.plusDays(settings.days() - 1L));
        SplittableRandom random = runRandom(settings.seed());
        SplittableRandom staffing = random.split();
        SplittableRandom tooling = random.split();

        MeteredEnergy metered = new MeteredEnergy();
        List<WorkOrder> workOrders = new ArrayList<>();
        SimulationLedger messages = new MessageArchives(plan, settings.seed(), settings.gzip())
                .write(out, from, settings.days(), metered, workOrders);
        Workforce workforce = Workforce.hire(plan, settings.workers(), staffing);
        DayFiles dayFiles = new DayFiles(plan, workforce, out, metered);
        BadFiles bad = new BadFiles(out);
        long clockIns = 0;
        long tasks = 0;
        for (int index = 0; index < settings.days(); index++) {
            DayFiles.Day day = dayFiles.write(from.plusDays(index), index, settings.days(), random.split());
            clockIns += day.clockIns();
            tasks += day.tasks().size();
            if (index == 0) {
                dayFiles.breakInto(day, bad);
                bad.unknownKind();
            }
        }
        PlanJson.write(plan, out.top("floor-plan.json"));
        ToolCrib crib = ToolCrib.equip(plan, tooling);
        crib.writeMasterList(out.top("tools.csv"));
        crib.writeInventory(out.top("tools-inventory.json"), start, end, plan.timezone(), workforce, tooling);
        MaintenanceLogFiles.write(out.top("maintenance-log.csv"), workOrders, end, plan.timezone());
        Readme.write(out.top("README.txt"), plan.site(), settings, dayFiles.reissues(), dayFiles.lateFiles(),
                bad.written());
        return new FilesSummary(folder, out.files(), out.bytes(), messages, clockIns, tasks, bad.written());
    }

    /** The random numbers the roster of a run with {@code seed} is hired with (the run's first split). */
    static SplittableRandom staffing(long seed) {
        return runRandom(seed).split();
    }

    private static SplittableRandom runRandom(long seed) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1);
    }
}
