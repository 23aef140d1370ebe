package org.floorwatch.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.SitePlanStore;

/**
 * A data folder holding days of history for the benches that need a long-running site: a copy of the folder named
 * by {@value #STORE_PROPERTY} (e.g. one where {@code simulate files --days 90} was imported), else the reports
 * bench's store of simulated history ({@code bench --days}, 90 by default), built if need be. The shared folder is
 * only read, and only when it holds the bench's site.
 */
final class HistoryStore {

    /** System property naming a data folder of history to copy (its name says 90 days, the usual case). */
    static final String STORE_PROPERTY = "floorwatch.bench.store90d";

    private final FloorPlan plan;
    private final int days;
    private final PrintWriter out;

    HistoryStore(FloorPlan plan, int days, PrintWriter out) {
        this.plan = plan;
        this.days = days;
        this.out = out;
    }

    /**
     * A copy of the shared 90-day store in {@code copy} if there is one and it opens, else {@code history}, built
     * from the simulator if need be.
     */
    Path prepare(Path copy, Path history) throws IOException {
        Optional<Path> shared = sharedStore();
        if (shared.isPresent() && copied(shared.get(), copy)) {
            out.printf(Locale.ROOT, "history: store copied from %s: %s%n", shared.get(), describe(copy));
            return copy;
        }
        if (!Files.exists(history.resolve(FloorStore.FILE_NAME))) {
            out.printf(Locale.ROOT, "history: building a store of %d days in %s...%n", days, history);
            out.flush();
            new ReportBench(plan, days, out).fillStore(history);
        }
        out.printf(Locale.ROOT, "history: store %s: %s%n", history, describe(history));
        return history;
    }

    /** Size, moves and the days they span. */
    private static String describe(Path dataDir) throws IOException {
        long bytes = Files.size(dataDir.resolve(FloorStore.FILE_NAME));
        try (FloorStore store = FloorStore.open(dataDir);
             Connection connection = store.newReadConnection();
             Statement sql = connection.createStatement();
             ResultSet span = sql.executeQuery("SELECT count(*), min(ts)::DATE, max(ts)::DATE FROM moves")) {
            span.next();
            return String.format(Locale.ROOT, "%,.0f MB, %,d moves from %s to %s", bytes / 1e6, span.getLong(1),
                    span.getString(2), span.getString(3));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> sharedStore() throws IOException {
        String named = System.getProperty(STORE_PROPERTY);
        if (named == null || !Files.isDirectory(Path.of(named))) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(Path.of(named), 2,
                (path, attributes) -> path.getFileName().toString().equals(FloorStore.FILE_NAME))) {
            return files.findFirst().map(Path::getParent);
        }
    }

    /** Copies the store's files; false when the copy does not open (e.g. it was being written). */
    private boolean copied(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : List.of(FloorStore.FILE_NAME, FloorStore.FILE_NAME + ".wal")) {
            Path file = from.resolve(name);
            if (Files.exists(file)) {
                Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (FloorStore store = FloorStore.open(to); Connection connection = store.newReadConnection()) {
            String site = SitePlanStore.load(connection).map(json -> FloorPlanLoader.parse(json, from.toString()).site())
                    .orElse(null);
            if (!plan.site().equals(site)) {
                out.printf(Locale.ROOT, "history: %s holds site %s, not %s; using generated history%n", from, site,
                        plan.site());
                return false;
            }
            return true;
        } catch (RuntimeException | SQLException e) {
            out.printf(Locale.ROOT, "history: the copy of %s does not open (%s); using generated history%n", from,
                    e.getMessage());
            return false;
        }
    }
}
