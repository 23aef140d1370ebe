package org.floorwatch.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.files.FileImportResult;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Light fuzz of the spreadsheet sources: CSV and .xlsx files with shuffled, partial or garbage headers and cells
 * that are mostly plausible, sometimes garbage. Each file is imported or refused with a reason; nothing throws.
 */
class SpreadsheetFuzzTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();
    private static final List<List<String>> HEADERS = List.of(
            List.of("Employee ID", "Name", "Department", "Shift", "Date", "Clock In", "Clock Out", "Status", "Absence Reason"),
            List.of("employee_id", "task", "station", "start", "end"),
            List.of("date", "machine", "kwh", "peak_kw"),
            List.of("tool_id", "name", "kind", "vendor", "expected_life_hours", "station"),
            List.of("work_order", "machine", "fault", "severity", "reported", "started", "resolved", "technician"));
    private static final List<String> GARBAGE = List.of("", " ", "x", "-1", "1e400", "NaN", "25:99", "2026-02-30",
            "02/11/2026", "=1+1", "\"", "a\"b,c", "😀", "日本語", "\u0000", "null", "E".repeat(3000), "2026-11-02T99:00",
            "-0", "0x1F", "true", "Present;Late");

    private final Random random = new Random(2026);

    @Test
    void everyFuzzedSpreadsheetIsImportedOrRefusedWithAReason(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            files.add(Files.writeString(dir.resolve("fuzz-" + i + ".csv"), csv(), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 15; i++) {
            files.add(xlsx(dir.resolve("fuzz-" + i + ".xlsx")));
        }
        for (int i = 0; i < 6; i++) {
            byte[] garbage = new byte[1 + random.nextInt(2000)];
            random.nextBytes(garbage);
            files.add(Files.write(dir.resolve("garbage-" + i + (i % 2 == 0 ? ".csv" : ".xlsx")), garbage));
        }

        List<FileImportResult> results = new ArrayList<>();
        try (FloorStore store = FloorStore.open(dir.resolve("data"))) {
            FileImporter importer = new FileImporter(PLAN, store.writer());
            for (Path file : files) {
                results.add(importer.importFile(file));
            }
        }

        assertThat(results).filteredOn(FileImportResult::refused)
                .allSatisfy(r -> assertThat(r.refusal().reason()).isNotBlank()).isNotEmpty();
        assertThat(results).filteredOn(r -> !r.refused()).isNotEmpty()
                .anySatisfy(r -> assertThat(r.taken()).isPositive());
    }

    private String csv() {
        List<String> header = header();
        String separator = random.nextInt(4) == 0 ? ";" : ",";
        StringBuilder text = new StringBuilder(String.join(separator, header)).append('\n');
        for (int row = random.nextInt(8); row > 0; row--) {
            List<String> cells = new ArrayList<>();
            int width = header.size() + (random.nextInt(6) == 0 ? random.nextInt(3) - 1 : 0);
            for (int c = 0; c < width; c++) {
                cells.add(csvCell(cell(c < header.size() ? header.get(c) : "extra")));
            }
            text.append(String.join(separator, cells)).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }

    private Path xlsx(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<String> header = header();
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 1; r <= random.nextInt(8); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < header.size(); c++) {
                    String value = cell(header.get(c));
                    switch (random.nextInt(6)) {
                        case 0 -> row.createCell(c).setCellValue(random.nextDouble() * 50_000);
                        case 1 -> row.createCell(c).setCellValue(random.nextBoolean());
                        case 2 -> { }
                        default -> row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A kind's columns, shuffled, sometimes one short, sometimes with garbage names or other case and spaces. */
    private List<String> header() {
        List<String> columns = new ArrayList<>(HEADERS.get(random.nextInt(HEADERS.size())));
        Collections.shuffle(columns, random);
        if (random.nextInt(4) == 0) {
            columns.remove(random.nextInt(columns.size()));
        }
        if (random.nextInt(3) == 0) {
            columns.add(random.nextBoolean() ? "extra" : GARBAGE.get(random.nextInt(GARBAGE.size())));
        }
        if (random.nextInt(3) == 0) {
            columns.replaceAll(name -> " " + name.toUpperCase(Locale.ROOT) + " ");
        }
        return columns;
    }

    /** Mostly a plausible value for the column, sometimes garbage. */
    private String cell(String column) {
        if (random.nextInt(5) == 0) {
            return GARBAGE.get(random.nextInt(GARBAGE.size()));
        }
        Map<String, List<String>> plausible = Map.ofEntries(
                Map.entry("employee id", List.of("E1", "E2", "E77")),
                Map.entry("employee_id", List.of("E1", "E2")),
                Map.entry("department", PLAN.departments().stream().map(FloorPlan.Department::id).toList()),
                Map.entry("shift", PLAN.shifts().stream().map(FloorPlan.Shift::name).toList()),
                Map.entry("date", List.of("2026-11-02", "2026-11-03")),
                Map.entry("clock in", List.of("05:58", "13:55", "")),
                Map.entry("clock out", List.of("14:02", "22:10", "")),
                Map.entry("status", List.of("Present", "Late", "Absent")),
                Map.entry("station", PLAN.stations().stream().map(FloorPlan.Station::id).toList()),
                Map.entry("start", List.of("2026-11-02 08:00", "2026-11-02T08:30")),
                Map.entry("end", List.of("2026-11-02 09:00", "")),
                Map.entry("machine", PLAN.machines().stream().map(FloorPlan.Machine::id).toList()),
                Map.entry("kwh", List.of("12.5", "0", "120")),
                Map.entry("peak_kw", List.of("30", "")),
                Map.entry("expected_life_hours", List.of("500", "")),
                Map.entry("severity", List.of("high", "low", "medium")),
                Map.entry("reported", List.of("2026-11-02 07:00")),
                Map.entry("started", List.of("2026-11-02 07:10", "")),
                Map.entry("resolved", List.of("2026-11-02 08:00", "")));
        List<String> values = plausible.getOrDefault(column.strip().toLowerCase(Locale.ROOT), List.of("T1", "Ann", "jam",
                "die", "Acme", "WO-" + random.nextInt(50), ""));
        return values.get(random.nextInt(values.size()));
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
