package org.floorwatch.localstore.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A reader of the exported tables that is not the writer: it replays the {@code _delta_log} JSON commits itself,
 * from version 0 (the tests never reach a checkpoint), to find the files added and not removed up to a version, and
 * has DuckDB read exactly those Parquet files, with {@code production_day} from each file's partition values.
 */
final class DeltaReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path table;

    DeltaReader(Path table) {
        this.table = table;
    }

    /** The newest version in the log, or -1 without a log. */
    long latestVersion() {
        return versions().stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /** Every version the log holds a commit file for. */
    List<Long> versions() {
        Path log = table.resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(log)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d{20}\\.json"))
                    .map(n -> Long.parseLong(n.substring(0, 20))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files (relative path to production day) the table holds at {@code version}. */
    Map<String, String> activeFiles(long version) {
        Map<String, String> active = new TreeMap<>();
        for (long v = 0; v <= version; v++) {
            for (JsonNode action : actions(v)) {
                if (action.has("add")) {
                    active.put(action.get("add").get("path").asText(),
                            action.get("add").get("partitionValues").get("production_day").asText());
                } else if (action.has("remove")) {
                    active.remove(action.get("remove").get("path").asText());
                }
            }
        }
        return active;
    }

    /** The actions of one commit, in order. */
    List<JsonNode> actions(long version) {
        Path commit = table.resolve("_delta_log").resolve(String.format("%020d.json", version));
        try (Stream<String> lines = Files.lines(commit)) {
            List<JsonNode> actions = new ArrayList<>();
            for (String line : lines.filter(l -> !l.isBlank()).toList()) {
                actions.add(JSON.readTree(line));
            }
            return actions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The production days whose files commit {@code version} removed. */
    List<String> removedDays(long version) {
        return actions(version).stream().filter(a -> a.has("remove"))
                .map(a -> a.get("remove").get("partitionValues").get("production_day").asText()).distinct().sorted()
                .toList();
    }

    /** The table's rows at {@code version} as a DuckDB temporary table {@code name} (made anew). */
    void load(Connection connection, String name, long version) {
        Map<String, List<String>> byDay = new LinkedHashMap<>();
        activeFiles(version).forEach((path, day) -> byDay.computeIfAbsent(day, d -> new ArrayList<>())
                .add("'" + table.resolve(path) + "'"));
        String select = byDay.isEmpty() ? null : byDay.entrySet().stream()
                .map(e -> "SELECT *, DATE '" + e.getKey() + "' AS production_day FROM read_parquet(["
                        + String.join(", ", e.getValue()) + "], hive_partitioning = false)")
                .collect(Collectors.joining(" UNION ALL BY NAME "));
        execute(connection, select == null ? "CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT 1 AS none WHERE false"
                : "CREATE OR REPLACE TEMP TABLE " + name + " AS " + select);
    }

    /** The latest version's rows as {@code name}. */
    void load(Connection connection, String name) {
        load(connection, name, latestVersion());
    }

    static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static List<List<Object>> rows(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static long count(Connection connection, String sql) {
        return ((Number) rows(connection, sql).get(0).get(0)).longValue();
    }
}
