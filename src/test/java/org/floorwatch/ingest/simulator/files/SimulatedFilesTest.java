package org.floorwatch.ingest.simulator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One three-day run on a small plan, across the spring daylight-saving change, checked file by file. */
class SimulatedFilesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 28);
    private static final List<LocalDate> DAYS = List.of(FROM, FROM.plusDays(1), FROM.plusDays(2));
    private static final FloorPlan PLAN = SmallPlan.plan();
    private static final ProductionCalendar CALENDAR = ProductionCalendar.of(PLAN);
    private static final Set<String> SHIFTS = Set.of("A", "B", "C");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path out;
    static FilesSummary summary;

    @BeforeAll
    static void simulate() throws IOException {
        out = temp.resolve("files");
        summary = new FileSimulator(PLAN, new FileSimulationSettings(FROM, 3, 7, true, 60)).writeTo(out);
    }

    @Test
    void everyKindOfFileIsWrittenWithItsExactHeader() throws IOException {
        for (LocalDate day : DAYS) {
            for (String shift : SHIFTS) {
                assertThat(TableFile.read(clockIns(day, shift)).header()).isEqualTo(Rules.CLOCK_IN_HEADER);
            }
            assertThat(TableFile.read(taskLog(day)).header()).isEqualTo(Rules.TASK_HEADER);
            assertThat(TableFile.read(energyReport(day)).header()).isEqualTo(Rules.ENERGY_HEADER);
            for (String kind : List.of("moves", "heat", "energy")) {
                assertThat(out.resolve(day + "/" + kind + "-" + day + ".jsonl.gz")).isNotEmptyFile();
            }
        }
        assertThat(clockIns(DAYS.get(1), "A")).hasFileName("clock-ins-" + DAYS.get(1) + "-A.csv");
        assertThat(energyReport(DAYS.get(2))).hasFileName("energy-report-" + DAYS.get(2) + ".xlsx");
        assertThat(TableFile.read(out.resolve("tools.csv")).header()).isEqualTo(Rules.TOOL_HEADER);
        assertThat(TableFile.read(out.resolve("maintenance-log.csv")).header()).isEqualTo(Rules.MAINTENANCE_HEADER);
        assertThat(FloorPlanLoader.load(out.resolve("floor-plan.json"))).isEqualTo(PLAN);
        JsonNode inventory = JSON.readTree(out.resolve("tools-inventory.json").toFile());
        assertThat(inventory.isArray()).isTrue();
        inventory.forEach(tool -> assertThat(fieldNames(tool))
                .containsExactly("tool_id", "status", "station", "holder", "hours_used", "updated"));
        assertThat(out.resolve("README.txt")).content().contains("bad/unknown-kind.csv");
        assertThat(summary.files()).isEqualTo(fileCount());
    }

    @Test
    void clockInSheetsFollowTheRules() throws IOException {
        Map<String, String> shiftOf = new HashMap<>();
        Map<String, Long> byStatus = new HashMap<>();
        for (LocalDate day : DAYS) {
            for (String shift : SHIFTS) {
                TableFile sheet = TableFile.read(clockIns(day, shift));
                LocalTime start = PLAN.shifts().stream().filter(s -> s.name().equals(shift)).findFirst()
                        .orElseThrow().start();
                for (int row = 1; row <= sheet.size(); row++) {
                    assertThat(Rules.clockInFault(sheet, row, SHIFTS)).as(sheet.path() + " row " + row).isNull();
                    assertThat(sheet.get(row, "Date")).isEqualTo(day.toString());
                    assertThat(sheet.get(row, "Shift")).isEqualTo(shift);
                    assertThat(shiftOf.put(sheet.get(row, "Employee ID"), shift)).isIn(null, shift);
                    String status = sheet.get(row, "Status");
                    byStatus.merge(status, 1L, Long::sum);
                    if (status.equals("Absent")) {
                        assertThat(sheet.get(row, "Absence Reason")).isNotNull();
                        assertThat(sheet.get(row, "Clock In")).isNull();
                        continue;
                    }
                    LocalTime in = LocalTime.parse(sheet.get(row, "Clock In"));
                    assertThat(status.equals("Late")).isEqualTo(in.isAfter(start));
                    if (shift.equals("C") && sheet.get(row, "Clock Out") != null) {
                        assertThat(LocalTime.parse(sheet.get(row, "Clock Out"))).as("after midnight").isBefore(in);
                    }
                }
            }
        }
        assertThat(shiftOf).hasSize(60);
        assertThat(byStatus).containsOnlyKeys("Present", "Late", "Absent");
        assertThat(byStatus.get("Present")).isGreaterThan(byStatus.get("Late"));
    }

    @Test
    void xlsxSheetsHoldRealDateAndTimeCells() throws IOException {
        try (InputStream in = Files.newInputStream(clockIns(FROM, "A")); Workbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            Cell date = row.getCell(4);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue()).isEqualTo(FROM.atStartOfDay());
            Cell clockIn = row.getCell(5);
            assertThat(clockIn.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(clockIn)).isTrue();
            assertThat(clockIn.getNumericCellValue()).isBetween(5.5 / 24, 6.8 / 24);
        }
    }

    @Test
    void archiveLinesDecodeAndOnlyTheBrokenOnesAreRefused() throws IOException {
        MessageDecoder decoder = new MessageDecoder(PLAN);
        Set<String> ids = new HashSet<>();
        long accepted = 0;
        long refused = 0;
        long duplicates = 0;
        long lateIntoNextDay = 0;
        for (LocalDate day : DAYS) {
            for (String kind : List.of("moves", "heat", "energy")) {
                for (String line : lines(out.resolve(day + "/" + kind + "-" + day + ".jsonl.gz"))) {
                    DecodedMessage message = decoder.decodeByFields(line);
                    if (!message.isAccepted()) {
                        refused++;
                        continue;
                    }
                    accepted++;
                    FloorEvent event = message.event();
                    assertThat(event.id()).doesNotStartWith("bad-");
                    assertThat(archiveOf(event)).isEqualTo(kind);
                    duplicates += ids.add(event.id()) ? 0 : 1;
                    lateIntoNextDay += event.ts().isBefore(CALENDAR.dayStart(day)) ? 1 : 0;
                }
            }
        }
        assertThat(accepted).isEqualTo(summary.messages().newEvents() + summary.messages().duplicates());
        assertThat(refused).isEqualTo(summary.messages().quarantined()).isPositive();
        assertThat(duplicates).isEqualTo(summary.messages().duplicates()).isPositive();
        assertThat(lateIntoNextDay).isPositive();
    }

    @Test
    void energyReportsAgreeWithTheDaysSamples() throws IOException {
        MessageDecoder decoder = new MessageDecoder(PLAN);
        Map<String, EnergySample> samples = new HashMap<>();
        for (LocalDate day : DAYS) {
            for (String line : lines(out.resolve(day + "/energy-" + day + ".jsonl.gz"))) {
                DecodedMessage message = decoder.decodeByFields(line);
                if (message.isAccepted()) {
                    samples.putIfAbsent(message.event().id(), (EnergySample) message.event());
                }
            }
        }
        TableFile report = TableFile.read(energyReport(FROM));
        assertThat(report.size()).isEqualTo(PLAN.machines().size());
        for (int row = 1; row <= report.size(); row++) {
            String machine = report.get(row, "machine");
            List<EnergySample> ofDay = samples.values().stream()
                    .filter(s -> s.machine().equals(machine) && CALENDAR.productionDay(s.ts()).equals(FROM)).toList();
            double kwh = ofDay.stream().mapToDouble(EnergySample::kwh).sum();
            assertThat(ofDay).as("a minute's sample over a 23-hour day").hasSizeBetween(23 * 60 - 1, 23 * 60);
            assertThat(Double.parseDouble(report.get(row, "kwh"))).isCloseTo(kwh, within(kwh * 0.005 + 0.001));
            assertThat(Double.parseDouble(report.get(row, "peak_kw")))
                    .isEqualTo(ofDay.stream().mapToDouble(EnergySample::kw).max().orElseThrow());
        }
    }

    @Test
    void tasksAreDoneByWorkersWhoCameInAtStationsOfTheirDepartment() throws IOException {
        Map<String, FloorPlan.Station> stations = PLAN.stationsById();
        for (LocalDate day : DAYS) {
            Map<String, List<String>> cameIn = new HashMap<>();
            for (String shift : SHIFTS) {
                TableFile sheet = TableFile.read(clockIns(day, shift));
                for (int row = 1; row <= sheet.size(); row++) {
                    if (!"Absent".equals(sheet.get(row, "Status"))) {
                        cameIn.put(sheet.get(row, "Employee ID"), List.of(sheet.get(row, "Department"), shift));
                    }
                }
            }
            TableFile log = TableFile.read(taskLog(day));
            assertThat(log.size()).isGreaterThan(cameIn.size());
            for (int row = 1; row <= log.size(); row++) {
                assertThat(Rules.taskFault(log, row)).isNull();
                List<String> worker = cameIn.get(log.get(row, "employee_id"));
                assertThat(worker).as("row " + row + " of " + log.path()).isNotNull();
                assertThat(stations.get(log.get(row, "station")).department()).isEqualTo(worker.get(0));
                LocalDateTime start = LocalDateTime.parse(log.get(row, "start"), TaskLogFiles.LOCAL);
                LocalDateTime shiftStart = day.atTime(PLAN.shifts().stream()
                        .filter(s -> s.name().equals(worker.get(1))).findFirst().orElseThrow().start());
                assertThat(start).isAfterOrEqualTo(shiftStart);
                assertThat(LocalDateTime.parse(log.get(row, "end"), TaskLogFiles.LOCAL)).isAfter(start);
            }
        }
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

    private static Path clockIns(LocalDate day, String shift) {
        Path xlsx = out.resolve(day + "/clock-ins-" + day + "-" + shift + ".xlsx");
        return Files.exists(xlsx) ? xlsx : out.resolve(day + "/clock-ins-" + day + "-" + shift + ".csv");
    }

    private static Path taskLog(LocalDate day) throws IOException {
        return allFiles().filter(f -> f.getFileName().toString().equals("tasks-" + day + ".csv"))
                .filter(f -> !f.getParent().getFileName().toString().equals("bad")).findFirst().orElseThrow();
    }

    private static Path energyReport(LocalDate day) {
        Path csv = out.resolve(day + "/energy-report-" + day + ".csv");
        return Files.exists(csv) ? csv : out.resolve(day + "/energy-report-" + day + ".xlsx");
    }

    private static Stream<Path> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }

    private static long fileCount() throws IOException {
        return allFiles().count();
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

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> lines(Path gzipped) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gzipped)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** The archive a kind of event belongs in. */
    private static String archiveOf(FloorEvent event) {
        if (event instanceof PartMove) {
            return "moves";
        }
        return event instanceof HeatReading ? "heat" : "energy";
    }
}
