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
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.PlanInForce;

/**
 * A data folder with 90 days of history for the benches that need a long-running site: a copy of the folder named
 * by {@value #STORE_PROPERTY} (e.g. one where {@code simulate files --days 90} was imported) when it holds the
 * bench's site, never written to itself, else the reports bench's generated store (moves and energy, no heat
 * readings; {@code bench --days} of them), built if need be.
 */
final class NinetyDayStore {

    static final String STORE_PROPERTY = "floorwatch.bench.store90d";

    private final FloorPlan plan;
    private final int days;
    private final PrintWriter out;
    private final String bench;

    NinetyDayStore(FloorPlan plan, PrintWriter out, String bench) {
        this(plan, 90, out, bench);
    }

    /** @param days how many days the generated store holds when there is no shared one */
    NinetyDayStore(FloorPlan plan, int days, PrintWriter out, String bench) {
        this.plan = plan;
        this.days = days;
        this.out = out;
        this.bench = bench;
    }

    /** {@code copy} filled from the shared folder, or {@code history} (generated if it holds no store). */
    Path prepare(Path copy, Path history) throws IOException {
        return prepare(copy, history, false);
    }

    /** As {@link #prepare(Path, Path)}; a generated store holds the heat readings too when {@code withHeat}. */
    Path prepare(Path copy, Path history, boolean withHeat) throws IOException {
        Optional<Path> shared = sharedStore();
        if (shared.isPresent() && copied(shared.get(), copy)) {
            out.printf(Locale.ROOT, "%s: 90-day store copied from %s: %s%n", bench, shared.get(), describe(copy));
            return copy;
        }
        if (!Files.exists(history.resolve(FloorStore.FILE_NAME))) {
            out.printf(Locale.ROOT, "%s: building a %d-day store in %s...%n", bench, days, history);
            out.flush();
            new ReportBench(plan, days, out).fillStore(history, withHeat);
        }
        out.printf(Locale.ROOT, "%s: store %s: %s%n", bench, history, describe(history));
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
            throw new IllegalStateException("cannot read the 90-day store " + dataDir + ": " + e.getMessage(), e);
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
                to.resolve(name).toFile().setWritable(true, true);
            }
        }
        try (FloorStore store = FloorStore.open(to); Connection connection = store.newReadConnection()) {
            String site = PlanInForce.of(connection, from).site();
            if (!plan.site().equals(site)) {
                out.printf(Locale.ROOT, "%s: %s holds site %s, not %s; using generated history%n", bench, from, site,
                        plan.site());
                return false;
            }
            return true;
        } catch (RuntimeException | SQLException e) {
            out.printf(Locale.ROOT, "%s: the copy of %s does not open (%s); using generated history%n", bench, from,
                    e.getMessage());
            return false;
        }
    }
}
