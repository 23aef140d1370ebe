package org.floorwatch.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.files.FileImportResult;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.localstore.FloorStore;

/**
 * Backfill speed: one {@code .jsonl} archive of simulated live messages (all kinds, with the simulator's
 * duplicates and broken lines) imported through the real path ({@link FileImporter}: decode, quarantine, dedupe,
 * DuckDB) into a fresh store, then the same file read again into that store (every line a duplicate or a
 * quarantined line already kept), beside DuckDB's own {@code read_json} of the file into a table of a fresh
 * database, in the same run. Rates are lines of the file per second. Each side runs twice, alternately; the
 * better run counts.
 */
final class ImportBench {

    private static final long SEED = 7;
    private static final Instant START = Instant.parse("2026-11-02T05:00:00Z");

    private final FloorPlan plan;
    private final long lines;
    private final PrintWriter out;

    ImportBench(FloorPlan plan, long lines, PrintWriter out) {
        this.plan = plan;
        this.lines = lines;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        Files.createDirectories(workDir);
        Path archive = writeArchive(workDir.resolve("backfill.jsonl"));
        out.printf(Locale.ROOT, "import: %,d simulated messages in %s (%,.0f MB)%n", lines, archive,
                Files.size(archive) / 1e6);
        double real = 0;
        double again = 0;
        double readJson = 0;
        for (int round = 1; round <= 2; round++) {
            Path dataDir = workDir.resolve("store-" + round);
            try (FloorStore store = FloorStore.open(dataDir)) {
                FileImporter importer = new FileImporter(plan, store.writer());
                real = Math.max(real, linesPerSecond(importer, archive));
                again = Math.max(again, linesPerSecond(importer, archive));
            }
            readJson = Math.max(readJson, readJson(archive, workDir.resolve("read_json-" + round + ".duckdb")));
            out.printf(Locale.ROOT, "  round %d: real path %,.0f lines/s, again %,.0f lines/s, "
                    + "read_json %,.0f lines/s%n", round, real, again, readJson);
        }
        out.printf(Locale.ROOT, "%-52s %,14.0f rows/s%n", "real path (decode, quarantine, dedupe, DuckDB)", real);
        out.printf(Locale.ROOT, "%-52s %,14.0f rows/s%n", "real path, same file again (all duplicates)", again);
        out.printf(Locale.ROOT, "%-52s %,14.0f rows/s%n", "DuckDB read_json into a table (no checks)", readJson);
        out.printf(Locale.ROOT, "%-52s %14.2f%n", "real / read_json", real / readJson);
        return List.of(new BenchFigure("import.rows_per_s", real, "rows/s"),
                new BenchFigure("import.again_rows_per_s", again, "rows/s"),
                new BenchFigure("import.read_json_rows_per_s", readJson, "rows/s"),
                new BenchFigure("import.ratio_vs_read_json", real / readJson, "ratio"));
    }

    /** The simulator's live messages in the order sent, one JSON object a line, as an archive holds them. */
    private Path writeArchive(Path file) throws IOException {
        MessageStream stream = new MessageStream(plan, SEED, START, Topics.DEFAULT, true);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < lines; n++) {
                writer.write(stream.next().message().value());
                writer.write('\n');
            }
        }
        return file;
    }

    private double linesPerSecond(FileImporter importer, Path archive) {
        long start = System.nanoTime();
        FileImportResult result = importer.importFile(archive);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.refused()) {
            throw new IllegalStateException("the bench archive was refused: " + result.refusal().getMessage());
        }
        return lines / seconds;
    }

    /** DuckDB alone: the file into a table, broken lines skipped. */
    private double readJson(Path archive, Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement sql = connection.createStatement()) {
            long start = System.nanoTime();
            sql.execute("CREATE TABLE t AS SELECT * FROM read_json('" + archive.toString().replace("'", "''")
                    + "', format = 'newline_delimited', ignore_errors = true)");
            double seconds = (System.nanoTime() - start) / 1e9;
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                out.printf(Locale.ROOT, "  read_json stored %,d of %,d lines%n", rs.getLong(1), lines);
            }
            return lines / seconds;
        }
    }
}
