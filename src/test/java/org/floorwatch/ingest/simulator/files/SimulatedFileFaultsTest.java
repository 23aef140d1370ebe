package org.floorwatch.ingest.simulator.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FloorPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same three simulated days as {@link SimulatedFilesTest}, for what is meant to be out of the ordinary: corrected
 * re-issues, a late file, the files that must be refused, and the tools and work orders beside the plan.
 */
class SimulatedFileFaultsTest {

    private static final List<LocalDate> DAYS = ThreeDaysOfFiles.DAYS;
    private static final FloorPlan PLAN = ThreeDaysOfFiles.PLAN;
    private static final Set<String> SHIFTS = ThreeDaysOfFiles.SHIFTS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path out;
    static FilesSummary summary;

    @BeforeAll
    static void simulate() throws IOException {
        ThreeDaysOfFiles files = ThreeDaysOfFiles.writeTo(temp);
        out = files.out();
        summary = files.summary();
    }

    @Test
    void correctedReissuesSortAfterTheirOriginalAndChangeAFewRowsOfTheSameKeys() throws IOException {
        List<Path> reissues = allFiles().filter(f -> f.getFileName().toString().contains("_v2")).toList();
        assertThat(reissues).hasSize(2);
        for (Path reissue : reissues) {
            String name = reissue.getFileName().toString();
            Path original = allFiles().filter(f -> !f.equals(reissue) && stem(f).equals(name.replace("_v2.csv", "")))
                    .findFirst().orElseThrow();
            assertThat(name).isGreaterThan(original.getFileName().toString());
            TableFile before = TableFile.read(original);
            TableFile after = TableFile.read(reissue);
            assertThat(after.header()).isEqualTo(before.header());
            assertThat(keys(after)).isEqualTo(keys(before));
            long changed = 0;
            for (int row = 1; row <= after.size(); row++) {
                changed += after.rows().get(row).equals(before.rows().get(row)) ? 0 : 1;
            }
            assertThat(changed).as(name).isBetween(1L, 3L);
        }
    }

    @Test
    void aLateTaskLogSitsInTheNextDaysFolderOnly() {
        String name = "tasks-" + DAYS.get(1) + ".csv";
        assertThat(out.resolve(DAYS.get(1) + "/" + name)).doesNotExist();
        assertThat(out.resolve(DAYS.get(2) + "/" + name)).exists();
        assertThat(out.resolve("README.txt")).content().contains(DAYS.get(2) + "/" + name);
    }

    @Test
    void badFilesBreakExactlyTheRuleTheyClaim() throws IOException {
        assertThat(summary.badFiles()).hasSize(5);
        for (BadFile bad : summary.badFiles()) {
            TableFile file = TableFile.read(out.resolve("bad").resolve(bad.name()));
            String name = bad.name();
            if (name.startsWith("unknown-kind")) {
                assertThat(List.of(Rules.CLOCK_IN_HEADER, Rules.TASK_HEADER, Rules.ENERGY_HEADER, Rules.TOOL_HEADER,
                        Rules.MAINTENANCE_HEADER)).noneMatch(header -> file.header().containsAll(header));
                assertThat(bad.row()).isEqualTo(1);
                continue;
            }
            List<Integer> faulty = new ArrayList<>();
            for (int row = 1; row <= file.size(); row++) {
                String fault = name.startsWith("clock-ins") ? Rules.clockInFault(file, row, SHIFTS)
                        : name.startsWith("tasks") ? Rules.taskFault(file, row) : Rules.energyFault(file, row);
                if (fault != null) {
                    faulty.add(row + 1);
                }
            }
            assertThat(faulty).as(name).containsExactly(bad.row());
            assertThat(out.resolve("README.txt")).content().contains("bad/" + name + ": row " + bad.row());
        }
    }

    @Test
    void toolsAndWorkOrdersAgreeWithThePlanAndTheRoster() throws IOException {
        TableFile master = TableFile.read(out.resolve("tools.csv"));
        Set<String> toolIds = new HashSet<>();
        for (int row = 1; row <= master.size(); row++) {
            toolIds.add(master.get(row, "tool_id"));
            assertThat(PLAN.station(master.get(row, "station"))).isPresent();
            assertThat(Integer.parseInt(master.get(row, "expected_life_hours"))).isPositive();
        }
        JsonNode inventory = JSON.readTree(out.resolve("tools-inventory.json").toFile());
        Set<String> statuses = new HashSet<>();
        for (JsonNode tool : inventory) {
            String status = tool.get("status").asText();
            statuses.add(status);
            assertThat(status).isIn("in_storage", "checked_out", "retired");
            assertThat(tool.get("holder").isNull()).isEqualTo(!status.equals("checked_out"));
            assertThat(tool.get("hours_used").asDouble()).isPositive();
            assertThat(OffsetDateTime.parse(tool.get("updated").asText())).isNotNull();
        }
        assertThat(inventory).extracting(tool -> tool.get("tool_id").asText())
                .containsExactlyInAnyOrderElementsOf(toolIds);
        assertThat(statuses).contains("in_storage", "checked_out");

        TableFile orders = TableFile.read(out.resolve("maintenance-log.csv"));
        assertThat(orders.size()).isPositive();
        for (int row = 1; row <= orders.size(); row++) {
            assertThat(PLAN.machine(orders.get(row, "machine"))).isPresent();
            String started = orders.get(row, "started");
            String resolved = orders.get(row, "resolved");
            if (started != null) {
                assertThat(started).isGreaterThan(orders.get(row, "reported"));
            }
            if (resolved != null) {
                assertThat(resolved).isGreaterThan(started);
            }
        }
    }

    private static Stream<Path> allFiles() throws IOException {
        return ThreeDaysOfFiles.allFiles(out);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The key columns of a clock-in sheet (Employee ID, Date, Shift) or an energy report (date, machine). */
    private static Set<String> keys(TableFile file) {
        List<String> columns = file.header().contains("Employee ID") ? List.of("Employee ID", "Date", "Shift")
                : List.of("date", "machine");
        Set<String> keys = new HashSet<>();
        for (int row = 1; row <= file.size(); row++) {
            int at = row;
            keys.add(columns.stream().map(c -> file.get(at, c)).collect(Collectors.joining("|")));
        }
        return keys;
    }
}
