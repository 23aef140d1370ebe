package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.app.cli.FloorwatchCommand;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.shiftlog.ShiftLog;
import org.floorwatch.localstore.shiftlog.ShiftNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift log: notes per shift stamped with time and name, corrections as new notes, in the production workbook. */
class ShiftLogReportTest {

    private static final ProductionCalendar CALENDAR = ProductionCalendar.of(SmallPlan.plan());

    @TempDir
    Path data;

    @TempDir
    Path work;

    @Test
    void notesBelongToTheirShiftKeepTheirStampsAndGoInTheProductionWorkbook() throws Exception {
        ShiftNote first;
        try (FloorStore store = FloorStore.open(data)) {
            SitePlanStore.save(store.writer(), SmallPlan.JSON, "small-works.json").join();
            ShiftLog log = new ShiftLog(store, CALENDAR);
            first = log.write(Actor.of("Dana"), Instant.parse("2026-11-03T07:15:00Z"), "  Press 2 tooling swapped  ", null).join();
            log.write(Actor.of("Dana"), Instant.parse("2026-11-03T13:59:00Z"), "Check station slow, watch it", null).join();
            log.write(Actor.of("Sam"), Instant.parse("2026-11-03T14:20:00Z"), "Tooling was swapped on the press, not press 2",
                    first.id()).join();

            ShiftSlot shiftA = CALENDAR.shift(LocalDate.parse("2026-11-03"), "A").orElseThrow();
            assertThat(log.of(shiftA)).extracting(ShiftNote::text)
                    .containsExactly("Press 2 tooling swapped", "Check station slow, watch it");
            assertThat(ShiftLog.previousShift(CALENDAR, Instant.parse("2026-11-03T14:30:00Z"))).isEqualTo(shiftA);
            ShiftNote correction = log.of(CALENDAR.shiftAt(Instant.parse("2026-11-03T14:20:00Z"))).get(0);
            assertThat(correction.shift()).isEqualTo("B");
            assertThat(correction.writtenBy()).isEqualTo("Sam");
            assertThat(correction.corrects()).isEqualTo(first.id());
            assertThat(log.write(Actor.of("Sam"), Instant.parse("2026-11-03T14:30:00Z"), " ", null))
                    .as("an empty note is not saved").isCompletedExceptionally();
        }
        Path file = work.resolve("production.xlsx");

        StringWriter err = new StringWriter();
        int status = FloorwatchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "report", "production", "--from", "2026-11-03", "--to", "2026-11-03", "--data", data.toString(),
                "--xlsx", file.toString());

        assertThat(status).as(err.toString()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet log = workbook.getSheet("Shift log");
            DataFormatter text = new DataFormatter();
            assertThat(log.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(text.formatCellValue(log.getRow(1).getCell(1)), text.formatCellValue(log.getRow(1).getCell(3)),
                    text.formatCellValue(log.getRow(1).getCell(4)))).containsExactly("A", "Dana", "Press 2 tooling swapped");
            assertThat(log.getRow(1).getCell(2).getLocalDateTimeCellValue()).hasToString("2026-11-03T07:15");
            assertThat(text.formatCellValue(log.getRow(3).getCell(5))).isEqualTo("the note of 2026-11-03 07:15 by Dana");
        }
    }
}
