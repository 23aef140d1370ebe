package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.FloorPlan;

/** Runs the chosen benchmarks and prints every figure as one {@code bench NAME VALUE UNIT} line at the end. */
public final class Benchmarks {

    /** What {@code bench} can measure. */
    public enum Which {
        ingest, export, reports,
        /** {@code bench import}: the constant is in capitals because {@code import} is a Java keyword. */
        IMPORT {
            @Override
            public String toString() {
                return "import";
            }
        },
        floor, replay, start, lake, alarms, all
    }

    private final FloorPlan plan;
    private final long messages;
    private final int days;
    private final PrintWriter out;

    /** @param days production days of simulated history for the report, replay and start benches */
    public Benchmarks(FloorPlan plan, long messages, int days, PrintWriter out) {
        this.plan = plan;
        this.messages = messages;
        this.days = days;
        this.out = out;
    }

    public void run(Which which, Path workDir) throws Exception {
        List<BenchFigure> figures = new ArrayList<>();
        out.printf(Locale.ROOT, "Floorwatch bench on %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        StartBench start = new StartBench(plan, days, out);
        if (which == Which.start || which == Which.all) {
            // first, while this process is still cold, as a user's demo start is
            figures.addAll(start.demo(workDir.resolve("start")));
        }
        if (which == Which.ingest || which == Which.all) {
            figures.addAll(new IngestBench(plan, messages, out).run(workDir.resolve("ingest")));
            figures.addAll(new WriterBench(out).run(workDir.resolve("writer")));
        }
        if (which == Which.export || which == Which.all) {
            figures.addAll(new ExportBench(plan, out).run(workDir.resolve("export")));
        }
        if (which == Which.reports || which == Which.all) {
            figures.addAll(new ReportBench(plan, days, out).run(workDir.resolve("reports")));
        }
        if (which == Which.lake || which == Which.all) {
            figures.addAll(new LakeBench(plan, out).run(workDir.resolve("lake"), workDir.resolve("reports").resolve("store")));
        }
        if (which == Which.IMPORT || which == Which.all) {
            figures.addAll(new ImportBench(plan, messages, out).run(workDir.resolve("import")));
        }
        if (which == Which.alarms || which == Which.all) {
            figures.addAll(new AlarmBench(plan, out).run(workDir.resolve("alarms")));
        }
        if (which == Which.floor || which == Which.all) {
            figures.addAll(new FloorBench(plan, out).run());
            figures.addAll(new FloorIdleBench(plan, out).run(workDir.resolve("floor-idle")));
            figures.addAll(new GuiMemoryBench(plan, out).run(workDir.resolve("gui-memory")));
            figures.addAll(new FloorLatencyBench(plan, out).run(workDir.resolve("floor")));
        }
        if (which == Which.replay || which == Which.all) {
            figures.addAll(new ReplayBench(plan, days, out).run(workDir));
        }
        if (which == Which.start || which == Which.all) {
            // last: on the reports bench's 90-day store when it ran
            figures.addAll(start.gui90Days(workDir.resolve("start"), workDir.resolve("reports").resolve("store")));
        }
        out.println();
        BenchTargets.printSummary(figures, out);
        out.println();
        figures.forEach(f -> f.print(out));
        out.flush();
    }
}
