package org.floorwatch.ingest.simulator.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A one-sheet .xlsx workbook as an office would keep it: a bold header row, then rows of text, numbers,
 * real Excel date cells ({@code yyyy-mm-dd}) and time cells ({@code hh:mm}). Dated by the caller, never
 * by the clock, so the same rows give the same file.
 */
final class Spreadsheet {

    /** The cells of one row, filled left to right. */
    final class Line {
        private final Row row;
        private int column;

        private Line(Row row) {
            this.row = row;
        }

        Line text(String value) {
            if (value == null || value.isEmpty()) {
                column++;
            } else {
                row.createCell(column++).setCellValue(value);
            }
            return this;
        }

        Line number(double value) {
            row.createCell(column++).setCellValue(value);
            return this;
        }

        Line date(LocalDate value) {
            var cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(dateStyle);
            return this;
        }

        /** A time of day, stored as Excel does: the fraction of a day; null leaves the cell empty. */
        Line time(LocalTime value) {
            if (value == null) {
                column++;
            } else {
                var cell = row.createCell(column++);
                cell.setCellValue(value.toSecondOfDay() / 86_400.0);
                cell.setCellStyle(timeStyle);
            }
            return this;
        }
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private final int columns;

    Spreadsheet(String sheetName, List<String> header) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = header.size();
        var formats = workbook.getCreationHelper().createDataFormat();
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(formats.getFormat("hh:mm"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(headerStyle);
        }
    }

    Line row() {
        return new Line(sheet.createRow(sheet.getLastRowNum() + 1));
    }

    /** Saves and closes the workbook, dated {@code created} in its document properties and zip entries. */
    void save(Path file, LocalDate created) throws IOException {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        var properties = workbook.getProperties().getCoreProperties();
        properties.setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
        properties.setCreator("Floorwatch simulator");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (workbook) {
            workbook.write(written);
        }
        restamp(written.toByteArray(), file, created.atStartOfDay());
    }

    /** Copies the workbook's zip with every entry dated {@code time}, so that no clock leaks into the file. */
    private static void restamp(byte[] workbook, Path file, LocalDateTime time) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
