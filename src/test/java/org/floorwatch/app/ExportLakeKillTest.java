package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.ingest.simulator.FactorySimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export lake} killed like {@code kill -9} while it runs, in a process of its own: the moment a Parquet file
 * appears that no log version lists yet, and at other moments after. Each table must then be at a version it
 * committed (the one before the export, or the new one whole), the uncommitted files invisible to a reader that
 * follows the log; the next export completes with every event exactly once.
 */
class ExportLakeKillTest {

    private static final String[] TABLES = {"moves", "readings", "energy", "station_hours"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aKilledExportLeavesEveryTableAtAVersionItCommitted() throws Exception {
        Path data = folder.resolve("data");
        Path lake = folder.resolve("lake");
        FloorPlan plan = FloorPlanLoader.defaultPlan();
        ProductionCalendar calendar = ProductionCalendar.of(plan);
        LocalDate day = LocalDate.of(2026, 11, 2);
        FactorySimulator simulator = new FactorySimulator(plan, 7, calendar.dayStart(day));
        Instant until = calendar.dayEnd(day);
        fill(data, simulator, until);
        assertThat(runExport(data, lake).waitFor(120, TimeUnit.SECONDS)).isTrue();

        boolean killedBeforeACommit = false;
        for (int attempt = 0; attempt < 3; attempt++) {
            until = until.plus(Duration.ofHours(8));
            fill(data, simulator, until);
            long[] before = versions(lake);
            long[] rowsBefore = rows(lake, before);
            Process export = runExport(data, lake);
            if (attempt == 0) {
                waitForUncommittedFile(lake, export);
            } else {
                Thread.sleep(1500L * attempt);
            }
            export.destroyForcibly().waitFor();
            long[] after = versions(lake);
            for (int t = 0; t < TABLES.length; t++) {
                assertThat(after[t]).as(TABLES[t]).isBetween(before[t], before[t] + 1);
                if (after[t] == before[t]) {
                    assertThat(rows(lake, after)[t]).as(TABLES[t] + " at its previous version").isEqualTo(rowsBefore[t]);
                    killedBeforeACommit |= hasUncommittedFiles(lake.resolve(TABLES[t]), after[t]);
                }
            }
        }
        assertThat(killedBeforeACommit).as("some kill came between writing Parquet files and the commit").isTrue();

        Process last = runExport(data, lake);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        try (FloorStore store = FloorStore.open(data); Connection connection = store.newReadConnection()) {
            long[] latest = versions(lake);
            assertThat(rows(lake, latest)[0]).isEqualTo(count(connection, "SELECT count(*) FROM moves"));
            assertThat(rows(lake, latest)[1]).isEqualTo(count(connection, "SELECT count(*) FROM heat_readings"));
            assertThat(rows(lake, latest)[2]).isEqualTo(count(connection, "SELECT count(*) FROM energy_samples"));
            assertThat(distinctIds(lake.resolve("moves"), latest[0])).isEqualTo(rows(lake, latest)[0]);
        }
    }

    private static void fill(Path data, FactorySimulator simulator, Instant until) {
        try (FloorStore store = FloorStore.open(data)) {
            store.writer().write(IngestBatch.of(simulator.advanceTo(until)));
        }
    }

    private Process runExport(Path data, Path lake) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "export", "lake", "--data", data.toString(), "--to", lake.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("export.log").toFile()).start();
    }

    private static void waitForUncommittedFile(Path lake, Process export) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (export.isAlive() && System.nanoTime() < deadline) {
            for (String table : TABLES) {
                if (hasUncommittedFiles(lake.resolve(table), versions(lake)[List.of(TABLES).indexOf(table)])) {
                    return;
                }
            }
            Thread.sleep(2);
        }
    }

    private static boolean hasUncommittedFiles(Path table, long version) {
        Set<String> listed = active(table, version).keySet();
        try (Stream<Path> files = Files.walk(table)) {
            return files.filter(f -> f.toString().endsWith(".parquet") && !f.toString().contains("_delta_log"))
                    .map(f -> table.relativize(f).toString().replace('\\', '/')).anyMatch(f -> !listed.contains(f));
        } catch (IOException e) {
            return false; // a folder being written; the next poll sees it whole
        }
    }

    private static long[] versions(Path lake) {
        long[] versions = new long[TABLES.length];
        for (int t = 0; t < TABLES.length; t++) {
            Path log = lake.resolve(TABLES[t]).resolve("_delta_log");
            try (Stream<Path> files = Files.exists(log) ? Files.list(log) : Stream.empty()) {
                versions[t] = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d{20}\\.json"))
                        .mapToLong(n -> Long.parseLong(n.substring(0, 20))).max().orElse(-1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return versions;
    }

    /** Rows per table at the given versions, read by DuckDB from the files the log lists. */
    private static long[] rows(Path lake, long[] versions) throws SQLException {
        long[] rows = new long[TABLES.length];
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (int t = 0; t < TABLES.length; t++) {
                Path table = lake.resolve(TABLES[t]);
                String files = active(table, versions[t]).keySet().stream()
                        .map(f -> "'" + table.resolve(f) + "'").collect(Collectors.joining(", "));
                rows[t] = files.isEmpty() ? 0 : count(duck, "SELECT count(*) FROM read_parquet([" + files + "])");
            }
        }
        return rows;
    }

    private static long distinctIds(Path table, long version) throws SQLException {
        String files = active(table, version).keySet().stream().map(f -> "'" + table.resolve(f) + "'")
                .collect(Collectors.joining(", "));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            return count(duck, "SELECT count(DISTINCT id) FROM read_parquet([" + files + "])");
        }
    }

    /** The log replayed by hand: files added and not removed up to {@code version}, with their production day. */
    private static TreeMap<String, String> active(Path table, long version) {
        TreeMap<String, String> active = new TreeMap<>();
        for (long v = 0; v <= version; v++) {
            Path commit = table.resolve("_delta_log").resolve(String.format("%020d.json", v));
            try {
                for (String line : Files.readAllLines(commit)) {
                    JsonNode action = JSON.readTree(line);
                    if (action.has("add")) {
                        active.put(action.get("add").get("path").asText(),
                                action.get("add").get("partitionValues").get("production_day").asText());
                    } else if (action.has("remove")) {
                        active.remove(action.get("remove").get("path").asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return active;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
