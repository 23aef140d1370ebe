package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.alarm.EpisodeRecompute;

/**
 * {@code alarms.recompute_90d_s}: every alarm episode of 90 days of MyCPU history read again from the store, as the
 * app does at start and {@code alarms} does each time: the store named by {@value NinetyDayStore#STORE_PROPERTY} (copied
 * first), else 90 simulated days with their heat readings built here (see {@link NinetyDayStore}). The first (cold) read is printed; the figure is
 * the median of the three after it.
 */
final class AlarmBench {

    private static final int RUNS = 3;

    private final FloorPlan plan;
    private final PrintWriter out;

    AlarmBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        Files.createDirectories(workDir);
        Path dataDir = new NinetyDayStore(plan, out, "alarms").prepare(workDir.resolve("store90-copy"),
                workDir.resolve("store"), true);
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            out.printf(Locale.ROOT, "alarms: %,d heat readings, %,d moves%n", store.reader().counts().heatReadings(),
                    store.reader().counts().moves());
            double cold = seconds(connection, true);
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = seconds(connection, false);
            }
            Arrays.sort(runs);
            out.printf(Locale.ROOT, "%-52s %10.2f s (first, cold: %.2f s)%n", "alarms: every episode of 90 days",
                    runs[RUNS / 2], cold);
            return List.of(new BenchFigure("alarms.recompute_90d_s", runs[RUNS / 2], "s"));
        }
    }

    private double seconds(Connection connection, boolean describe) throws Exception {
        long start = System.nanoTime();
        List<AlarmEpisode> episodes;
        try (Statement sql = connection.createStatement()) {
            sql.execute("BEGIN TRANSACTION");
            episodes = EpisodeRecompute.all(connection, plan).episodes();
            sql.execute("COMMIT");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (describe) {
            out.printf(Locale.ROOT, "  %,d episodes: %d heat, %d stale, %d wip, %d from import%n", episodes.size(),
                    count(episodes, AlarmKind.HEAT), count(episodes, AlarmKind.STALE), count(episodes, AlarmKind.WIP),
                    episodes.stream().filter(AlarmEpisode::fromImport).count());
        }
        return seconds;
    }

    private static long count(List<AlarmEpisode> episodes, AlarmKind kind) {
        return episodes.stream().filter(e -> e.kind() == kind).count();
    }
}
