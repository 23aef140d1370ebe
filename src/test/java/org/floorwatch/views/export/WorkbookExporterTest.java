package org.floorwatch.views.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookExporterTest {

    @TempDir
    static Path folder;
    static Path file;

    @BeforeAll
    static void export() throws IOException {
        file = folder.resolve("reports/production.xlsx");
        new WorkbookExporter().write(SampleReports.production(), file);
    }

    private static XSSFWorkbook open(Path path) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(path));
    }

    @Test
    void finishedFileGetsOrdinaryPermissionsNotATemporaryFilesOnes() throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(folder.resolve("plain.txt"));
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void hasACoverThenOneLegallyNamedSheetPerTable() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(book.getSheetName(0)).isEqualTo("Cover");
            assertThat(book.getSheetName(1)).isEqualTo("Completions per hour");
            assertThat(book.getSheetName(2)).isEqualTo("Stations_ OEE_WIP _day_");
            assertThat(book.getSheetName(3)).isEqualTo("OEE per day");
        }
    }

    @Test
    void coverNamesSitePeriodZoneAndTimeAsRealDates() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            XSSFSheet cover = book.getSheet("Cover");
            assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Production report");
            assertThat(valueBeside(cover, "Site").getStringCellValue()).isEqualTo("Plant North");
            assertThat(valueBeside(cover, "Time zone").getStringCellValue()).isEqualTo("Europe/Berlin");
            assertDate(valueBeside(cover, "From"), SampleReports.FROM.atStartOfDay(), "yyyy-mm-dd");
            assertDate(valueBeside(cover, "To"), SampleReports.TO.atStartOfDay(), "yyyy-mm-dd");
            assertDate(valueBeside(cover, "Generated at"), LocalDateTime.of(2026, 3, 29, 12, 15), "yyyy-mm-dd hh:mm");
            Row first = cover.getRow(CoverSheetWriter.SHEET_LIST_ROW + 1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Completions per hour");
            assertThat(first.getCell(0).getHyperlink().getAddress()).isEqualTo("'Completions per hour'!A1");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(24);
            assertThat(cover.getRow(CoverSheetWriter.SHEET_LIST_ROW + 2).getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void headersCarryUnitsAreBoldFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            XSSFSheet stations = book.getSheetAt(2);
            Row header = stations.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Energy (kWh)");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("OEE");
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(header.getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(header.getCell(0).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.GENERAL);
            assertThat(stations.getPaneInformation().isFreezePane()).isTrue();
            assertThat(stations.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(stations.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(stations.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E5");
            assertThat(stations.getColumnWidth(3)).as("long text widens its column")
                    .isGreaterThan(stations.getColumnWidth(2)).isLessThanOrEqualTo(50 * 256);
        }
    }

    @Test
    void cellsAreTypedAndFormatted() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            XSSFSheet stations = book.getSheetAt(2);
            Row cnc = stations.getRow(1);
            assertThat(cnc.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertNumber(cnc.getCell(1), 1234.5, "#,##0.00");
            assertNumber(cnc.getCell(2), 0.8512, "0.0%");
            assertDate(cnc.getCell(4), SampleReports.FROM.atStartOfDay(), "yyyy-mm-dd");
            DataFormatter shown = new DataFormatter(java.util.Locale.US);
            assertThat(shown.formatCellValue(cnc.getCell(1))).isEqualTo("1,234.50");
            assertThat(shown.formatCellValue(cnc.getCell(2))).isEqualTo("85.1%");
            assertThat(shown.formatCellValue(cnc.getCell(4))).isEqualTo("2026-03-28");
            Row pack = stations.getRow(3);
            assertThat(pack.getCell(1)).as("null is an empty cell").isNull();
            assertThat(pack.getCell(2)).as("NaN is an empty cell").isNull();
            Row firstHour = book.getSheetAt(1).getRow(1);
            assertNumber(firstHour.getCell(1), 40, "#,##0");
            assertDate(firstHour.getCell(0), LocalDateTime.of(2026, 3, 28, 0, 0), "yyyy-mm-dd hh:mm");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            XSSFSheet stations = book.getSheetAt(2);
            for (int r = 1; r <= 4; r++) {
                Cell cell = stations.getRow(r).getCell(3);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
            }
            assertThat(stations.getRow(1).getCell(3).getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(stations.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void chartedTableGetsANativeBarChartWithTitles() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            List<XSSFChart> charts = book.getSheetAt(1).getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Completions per hour");
            var plot = chart.getCTChart().getPlotArea();
            assertThat(plot.getBarChartArray()).hasSize(1);
            assertThat(plot.getBarChartArray(0).getSerArray()).hasSize(2);
            assertThat(plot.getBarChartArray(0).getSerArray(1).getVal().getNumRef().getF())
                    .isEqualTo("'Completions per hour'!$C$2:$C$25");
            assertThat(plot.getCatAxArray(0).getTitle()).isNotNull();
            assertThat(plot.getValAxArray(0).getTitle()).isNotNull();
            assertThat(book.getSheetAt(2).getDrawingPatriarch()).as("no chart asked for").isNull();
        }
    }

    @Test
    void lineChartOfPercentagesHasAPercentAxis() throws IOException {
        try (XSSFWorkbook book = open(file)) {
            XSSFChart chart = book.getSheetAt(3).getDrawingPatriarch().getCharts().get(0);
            var plot = chart.getCTChart().getPlotArea();
            assertThat(plot.getLineChartArray()).hasSize(1);
            assertThat(plot.getLineChartArray(0).getSerArray()).hasSize(2);
            assertThat(plot.getValAxArray(0).getNumFmt().getFormatCode()).isEqualTo("0%");
            assertThat(chart.getCTChart().getDispBlanksAs().getVal()).as("a missing day is a gap")
                    .isEqualTo(STDispBlanksAs.GAP);
        }
    }

    @Test
    void cancellingLeavesAnEarlierFileUntouchedAndNoTemporaryFiles() throws IOException {
        Path target = folder.resolve("cancel/moves.xlsx");
        WorkbookExporter exporter = new WorkbookExporter();
        exporter.write(SampleReports.production(), target);
        byte[] before = Files.readAllBytes(target);
        List<Double> seen = new ArrayList<>();

        assertThatThrownBy(() -> exporter.write(SampleReports.moves(20_000), target, seen::add,
                () -> !seen.isEmpty() && seen.get(seen.size() - 1) > 0.2))
                .isInstanceOf(CancellationException.class);

        assertThat(seen.get(seen.size() - 1)).isLessThan(0.5);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
        Path fresh = folder.resolve("cancel/never.xlsx");
        assertThatThrownBy(() -> exporter.write(SampleReports.moves(5_000), fresh, p -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void progressRisesToOne() throws IOException {
        List<Double> seen = new ArrayList<>();
        new WorkbookExporter().write(SampleReports.moves(10_000), folder.resolve("progress.xlsx"), seen::add,
                () -> false);
        assertThat(seen).isSorted().hasSizeGreaterThan(5).last().isEqualTo(1.0);
    }

    @Test
    void cellOfTheWrongKindIsRefusedWithItsPlace() {
        Table bad = new Table("Energy", List.of(Column.of("Machine", "", ColumnType.TEXT),
                Column.of("Energy", "kWh", ColumnType.DECIMAL)),
                List.of(SampleReports.row("Press", 1.5), SampleReports.row("Oven", "lots")), null);
        ReportDocument doc = new ReportDocument("Energy", "Plant", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                "UTC", SampleReports.GENERATED, List.of(bad));
        Path target = folder.resolve("bad/energy.xlsx");

        assertThatThrownBy(() -> new WorkbookExporter().write(doc, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'Energy' row 2 column 'Energy' is DECIMAL but holds String");
        assertThat(target).doesNotExist();
    }

    private static Cell valueBeside(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no label " + label);
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static void assertDate(Cell cell, LocalDateTime value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }
}
