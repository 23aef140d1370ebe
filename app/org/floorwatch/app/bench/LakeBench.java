package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.lake.LakeExport;
import org.floorwatch.localstore.lake.LakeExportResult;

/**
 * {@code export lake} on 90 days of history: the last production day is held back, the other days exported into an
 * empty folder (rows a second, beside DuckDB's own {@code COPY ... TO ... (FORMAT parquet)} of the same event rows
 * in the same run), then the held-back day is stored again as new events and exported as an increment.
 */
final class LakeBench {

    private static final String[] EVENT_TABLES = {"moves", "heat_readings", "energy_samples"};

    private final FloorPlan plan;
    private final PrintWriter out;

    LakeBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir, Path history) throws Exception {
        Path data = new NinetyDayStore(plan, out, "lake").prepare(workDir.resolve("store"), history);
        List<BenchFigure> figures = new ArrayList<>();
        try (FloorStore store = FloorStore.open(data)) {
            Instant cut = holdBackLastDay(store);
            long events;
            double copySeconds;
            try (Connection connection = store.newReadConnection()) {
                events = count(connection, "SELECT (SELECT count(*) FROM moves) + (SELECT count(*) FROM heat_readings)"
                        + " + (SELECT count(*) FROM energy_samples)");
                copySeconds = Math.min(copy(connection, workDir.resolve("copy")), copy(connection, workDir.resolve("copy")));
            }
            long began = System.nanoTime();
            LakeExportResult full = export(store, workDir.resolve("lake"));
            double fullSeconds = (System.nanoTime() - began) / 1e9;
            double lakeRate = events / fullSeconds;
            double copyRate = events / copySeconds;
            out.printf(Locale.ROOT, "lake: %,d events up to %s exported in %.1f s (%,.0f rows/s; %,d rows in all with "
                    + "station_hours); DuckDB COPY of the same rows %.1f s (%,.0f rows/s)%n", events, cut, fullSeconds,
                    lakeRate, full.rowsAdded(), copySeconds, copyRate);

            long held = restoreLastDay(store);
            began = System.nanoTime();
            LakeExportResult day = export(store, workDir.resolve("lake"));
            double daySeconds = (System.nanoTime() - began) / 1e9;
            out.printf(Locale.ROOT, "lake: one more day (%,d new events) exported in %.2f s: %s%n", held, daySeconds,
                    String.join("; ", day.tables().stream().map(t -> t.describe()).toList()));
            figures.add(new BenchFigure("lake.rows_per_s", lakeRate, "rows/s"));
            figures.add(new BenchFigure("lake.ratio_vs_copy", lakeRate / copyRate, "x"));
            figures.add(new BenchFigure("lake.incremental_day_s", daySeconds, "s"));
        }
        return figures;
    }

    private LakeExportResult export(FloorStore store, Path lake) throws SQLException {
        try (Connection connection = store.newReadConnection()) {
            return new LakeExport(connection, plan, lake).run();
        }
    }

    /** Seconds DuckDB takes to write the three event tables as plain Parquet files. */
    private static double copy(Connection connection, Path folder) throws Exception {
        Files.createDirectories(folder);
        long began = System.nanoTime();
        try (Statement sql = connection.createStatement()) {
            for (String table : EVENT_TABLES) {
                sql.execute("COPY (SELECT * FROM " + table + ") TO '" + folder.resolve(table + ".parquet")
                        + "' (FORMAT parquet)");
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /** Moves the events of the last production day aside; returns where that day starts. */
    private Instant holdBackLastDay(FloorStore store) throws SQLException {
        ProductionCalendar calendar = ProductionCalendar.of(plan);
        long newest;
        try (Connection connection = store.newReadConnection()) {
            newest = count(connection, "SELECT epoch_us(max(ts)) FROM moves");
        }
        Instant cut = calendar.dayStart(calendar.productionDay(UtcMicros.toInstant(newest)));
        long cutMicros = UtcMicros.of(cut);
        store.writer().submitWork("hold back the last day", connection -> {
            try (Statement sql = connection.createStatement()) {
                for (String table : EVENT_TABLES) {
                    sql.execute("CREATE TABLE held_" + table + " AS SELECT * FROM " + table
                            + " WHERE ts >= make_timestamp(" + cutMicros + "::BIGINT)");
                    sql.execute("DELETE FROM " + table + " WHERE ts >= make_timestamp(" + cutMicros + "::BIGINT)");
                }
            }
            return null;
        }).join();
        return cut;
    }

    /** Stores the held-back day again, numbered after everything stored, as an ingest would; returns its events. */
    private static long restoreLastDay(FloorStore store) {
        return store.writer().submitWork("store the held-back day", connection -> {
            long rows = 0;
            try (Statement sql = connection.createStatement()) {
                for (String table : EVENT_TABLES) {
                    rows += sql.executeUpdate("INSERT INTO " + table + " SELECT * REPLACE ((SELECT max(s) FROM ("
                            + "SELECT max(seq) AS s FROM moves UNION ALL SELECT max(seq) FROM heat_readings UNION ALL "
                            + "SELECT max(seq) FROM energy_samples)) + row_number() OVER (ORDER BY seq) AS seq) FROM held_"
                            + table);
                    sql.execute("DROP TABLE held_" + table);
                }
            }
            return rows;
        }).join();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
