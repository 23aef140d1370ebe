package org.floorwatch.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.report.MoveRows;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table read from the store as it is written: every move of the period, in order, over continuation sheets. */
class StoreTableExportTest {

    private static final int MOVES = 2_500;

    @TempDir
    Path folder;

    @Test
    void everyMoveOfThePeriodInTimeOrderOverContinuationSheets() throws Exception {
        FloorPlan plan = FloorPlanLoader.defaultPlan();
        ReportPeriod day = ReportPeriod.day(LocalDate.of(2026, 11, 3), ProductionCalendar.of(plan));
        ZoneId zone = plan.timezone();
        String station = plan.stations().get(1).id();
        Path file = folder.resolve("moves.xlsx");
        try (FloorStore store = FloorStore.open(folder.resolve("data"))) {
            List<FloorEvent> moves = new ArrayList<>();
            for (int i = MOVES - 1; i >= 0; i--) { // stored newest first: the sheet is in time order all the same
                moves.add(new PartMove("m" + i, day.start().plusSeconds(10L * i), "P-" + i, "CPU",
                        i % 10 == 0 ? null : station, "=" + station, i % 7 == 0 ? "E7" : null));
            }
            moves.add(new PartMove("before", day.start().minusSeconds(1), "P-x", "CPU", null, station, null));
            moves.add(new PartMove("after", day.end(), "P-y", "CPU", null, station, null));
            store.writer().write(IngestBatch.of(moves));

            ReportDocument doc = MoveRows.document(plan, day, store::newReadConnection, Instant.now());
            new WorkbookExporter(1_000).write(doc, file);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(1)).isEqualTo("Moves");
            assertThat(workbook.getSheetName(2)).isEqualTo("Moves (2)");
            assertThat(workbook.getSheetName(3)).isEqualTo("Moves (3)");
            XSSFSheet first = workbook.getSheet("Moves");
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Time (local time)");
            assertThat(first.getLastRowNum()).isEqualTo(1_000);
            assertMove(first.getRow(1), 0, day.start(), zone, null);
            assertMove(first.getRow(8), 7, day.start(), zone, station);
            XSSFSheet last = workbook.getSheet("Moves (3)");
            assertThat(last.getLastRowNum()).isEqualTo(500);
            assertMove(last.getRow(500), MOVES - 1, day.start(), zone, station);
        }
    }

    private static void assertMove(XSSFRow row, int i, Instant start, ZoneId zone, String from) {
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(0).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.ofInstant(start.plusSeconds(10L * i), zone));
        assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo(ExportStyles.DATE_TIME_FORMAT);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("P-" + i);
        if (from == null) {
            assertThat(row.getCell(3)).isNull();
        } else {
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(from);
        }
        assertThat(row.getCell(4).getStringCellValue()).startsWith("=");
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(row.getCell(5) == null ? null : row.getCell(5).getStringCellValue())
                .isEqualTo(i % 7 == 0 ? "E7" : null);
    }
}
