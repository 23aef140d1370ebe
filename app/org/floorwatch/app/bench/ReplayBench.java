package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.history.FloorAtInstant;
import org.floorwatch.localstore.history.FloorHistory;

/**
 * The floor at past instants on a store of history (90 days unless {@code bench --days}): {@code floor --at} at
 * random instants of the history (the figures of contract section 7 with the heat over the shift so far), after a
 * few to warm up, its median and the slowest; then the Floor screen seeking and playing there ({@link ReplayScreen}).
 */
final class ReplayBench {

    private static final int WARM_UP = 5;
    private static final int INSTANTS = 40;

    private final FloorPlan plan;
    private final int days;
    private final PrintWriter out;

    ReplayBench(FloorPlan plan, int days, PrintWriter out) {
        this.plan = plan;
        this.days = days;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        Path dataDir = new NinetyDayStore(plan, days, out, "replay").prepare(workDir.resolve("replay-store"),
                workDir.resolve("reports").resolve("store"));
        List<BenchFigure> figures = new ArrayList<>();
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            Instant[] history = history(connection);
            figures.addAll(floorAt(connection, history[0], history[1]));
            figures.addAll(new ReplayScreen(plan, out).run(store, history[0], history[1]));
        }
        return figures;
    }

    private List<BenchFigure> floorAt(Connection connection, Instant first, Instant last) {
        FloorHistory history = new FloorHistory(plan);
        Random random = new Random(11);
        double[] millis = new double[INSTANTS];
        for (int i = -WARM_UP; i < INSTANTS; i++) {
            Instant at = between(random, first, last);
            long began = System.nanoTime();
            FloorAtInstant.read(connection, history, at);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - began) / 1e6;
            }
        }
        Arrays.sort(millis);
        double median = millis[INSTANTS / 2];
        double slowest = millis[INSTANTS - 1];
        out.printf(Locale.ROOT, "floor --at: %d random instants from %s to %s: median %.1f ms, slowest %.1f ms "
                + "(target <= 100 ms)%n", INSTANTS, first, last, median, slowest);
        return List.of(new BenchFigure("floor.at_p50_ms", median, "ms"), new BenchFigure("floor.at_ms", slowest, "ms"));
    }

    static Instant between(Random random, Instant first, Instant last) {
        return first.plusMillis((long) (random.nextDouble() * Duration.between(first, last).toMillis()));
    }

    /** The first and last move time in the store. */
    static Instant[] history(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT epoch_us(min(ts)), epoch_us(max(ts)) FROM moves")) {
            rs.next();
            return new Instant[] {UtcMicros.toInstant(rs.getLong(1)), UtcMicros.toInstant(rs.getLong(2))};
        }
    }
}
