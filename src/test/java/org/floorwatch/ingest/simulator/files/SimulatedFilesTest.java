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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One three-day run on a small plan, across the spring daylight-saving change, checked file by file (its faults: {@link SimulatedFileFaultsTest}). */
class SimulatedFilesTest {

    private static final LocalDate FROM = ThreeDaysOfFiles.FROM;
    private static final List<LocalDate> DAYS = ThreeDaysOfFiles.DAYS;
    private static final FloorPlan PLAN = ThreeDaysOfFiles.PLAN;
    private static final ProductionCalendar CALENDAR = ProductionCalendar.of(PLAN);
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
        return ThreeDaysOfFiles.allFiles(out);
    }

    private static long fileCount() throws IOException {
        return allFiles().count();
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
