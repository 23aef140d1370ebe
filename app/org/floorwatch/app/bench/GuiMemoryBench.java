package org.floorwatch.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.floorwatch.app.Main;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.message.Topics;

/**
 * How much memory the desktop app holds all shift: the real {@code gui} command started from this jar (or these
 * classes) as a child process, headless on the software pipeline, with the JVM's own defaults as a user's
 * {@code java -jar} gets them, on a data folder with {@value #DAYS} days of history and a config whose broker cannot
 * be reached (the app keeps retrying, as on a site whose Kafka is down). Its resident set ({@code VmRSS} of
 * /proc/PID/status) is read every second; the figure is the largest of the last {@code SETTLED_S} seconds, once it
 * has run {@code RUN_S}.
 */
final class GuiMemoryBench {

    static final int DAYS = 3;
    private static final int RUN_S = 60;
    private static final int SETTLED_S = 20;

    private final FloorPlan plan;
    private final PrintWriter out;

    GuiMemoryBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        if (!Files.isReadable(Path.of("/proc/self/status"))) {
            out.println("gui memory: no /proc on this system; skipped");
            return List.of();
        }
        Path data = workDir.resolve("data");
        if (!Files.exists(data)) {
            out.printf(Locale.ROOT, "gui memory: building a %d-day store...%n", DAYS);
            out.flush();
            new ReportBench(plan, DAYS, out).fillStore(data, true);
        }
        BenchSite.config(workDir, "127.0.0.1:9", Topics.withPrefix("rss-"), data);
        Path config = workDir.resolve("site.properties");
        out.printf(Locale.ROOT, "gui memory: the gui process on %d days of history, no broker, %d s...%n", DAYS, RUN_S);
        out.flush();
        Process gui = new ProcessBuilder(command(config)).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("gui.log").toFile()).start();
        try {
            List<Long> rss = new ArrayList<>();
            for (int second = 0; second < RUN_S && gui.isAlive(); second++) {
                Thread.sleep(1000);
                rss.add(residentKb(gui.pid()));
            }
            if (!gui.isAlive()) {
                throw new IllegalStateException("the gui process ended early (exit " + gui.exitValue() + "), see "
                        + workDir.resolve("gui.log"));
            }
            long settled = rss.subList(rss.size() - SETTLED_S, rss.size()).stream().mapToLong(Long::longValue).max()
                    .orElse(0);
            long peak = rss.stream().mapToLong(Long::longValue).max().orElse(0);
            out.printf(Locale.ROOT, "  %-40s %8.0f MB   (target <= 600 MB)%n", "resident, steady (last 20 s)",
                    settled / 1024.0);
            out.printf(Locale.ROOT, "  %-40s %8.0f MB%n", "resident, peak", peak / 1024.0);
            return List.of(new BenchFigure("gui.rss_mb", settled / 1024.0, "MB"));
        } finally {
            gui.destroy();
            gui.waitFor();
        }
    }

    private static List<String> command(Path config) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-Dheadless.geometry=1920x1080-32");
        command.add("-Dprism.order=sw");
        String extra = System.getProperty("floorwatch.bench.gui.jvm");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "gui", "--config",
                config.toString()));
        return command;
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
