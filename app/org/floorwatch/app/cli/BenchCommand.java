package org.floorwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.floorwatch.app.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench ingest|import|reports|export|floor|replay|start|lake|alarms|all}: prints measured figures; never fails on a slow machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure and print figures (a readable table, then 'bench NAME VALUE UNIT' lines).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "ingest, import, reports, export, floor, replay, start, "
            + "lake, alarms or all (floor, replay and start draw headless)")
    Benchmarks.Which which;

    @Option(names = "--messages", defaultValue = "500000", description = "Messages for the ingest and import benches (default: ${DEFAULT-VALUE}).")
    long messages;

    @Option(names = "--days", defaultValue = "90", paramLabel = "N",
            description = "Production days of simulated history for reports, replay and start (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temp folder).")
    Path work;

    @Mixin
    PlanOption plan;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("floorwatch-bench-");
        new Benchmarks(plan.load(), messages, days, out).run(which, workDir);
        return 0;
    }
}
