package org.floorwatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.ingest.simulator.files.FileSimulationSettings;
import org.floorwatch.ingest.simulator.files.FileSimulator;
import org.floorwatch.ingest.simulator.files.FilesSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulate files --out DIR --from DATE --days N}: every file source and the live-message archives of a run. */
@Command(name = "files", mixinStandardHelpOptions = true,
        description = {"Write every file source (clock-in sheets, task logs, energy reports, tool master list and "
                + "inventory, maintenance log, floor plan) and .jsonl archives of the live messages for a run of "
                + "production days, with faults put in on purpose; README.txt in the folder says what is where."})
final class SimulateFilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
    Path out;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "The first production day, yyyy-MM-dd.")
    LocalDate from;

    @Option(names = "--days", required = true, paramLabel = "N", description = "How many production days.")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Random seed; the same seed and options give the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-gzip", description = "Write the archives as plain .jsonl instead of .jsonl.gz.")
    boolean noGzip;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "" + FileSimulationSettings.DEFAULT_WORKERS,
            description = "Workers on the roster, over all shifts (default: ${DEFAULT-VALUE}).")
    int workers;

    @Mixin
    PlanOption plan;

    @Override
    public Integer call() {
        FileSimulationSettings settings;
        try {
            settings = new FileSimulationSettings(from, days, seed, !noGzip, workers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        FileSimulator simulator = new FileSimulator(plan.load(), settings);
        try {
            FilesSummary summary = simulator.writeTo(out);
            spec.commandLine().getOut().println(summary.line());
        } catch (IllegalArgumentException e) {
            throw new UserError("--out: " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write the files to " + out + ": " + FileTrouble.of(e));
        }
        return 0;
    }
}
