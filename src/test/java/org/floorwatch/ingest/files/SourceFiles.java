package org.floorwatch.ingest.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.localstore.FloorStore;

/** Real source files written by tests (CSV text, .xlsx through POI with real date and time cells, archives), and store queries. */
final class SourceFiles {

    private SourceFiles() {
    }

    static Path text(Path dir, String name, String content) {
        return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path append(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook whose first sheet holds {@code rows}: a {@link LocalDate} becomes a date cell, a {@link LocalTime}
     * a time cell, a {@link LocalDateTime} a date-time cell, a {@link Number} a number cell, null no cell.
     */
    static Path xlsx(Path dir, String name, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            CellStyle date = style(workbook, "yyyy-mm-dd");
            CellStyle time = style(workbook, "hh:mm");
            CellStyle dateTime = style(workbook, "yyyy-mm-dd hh:mm");
            Sheet sheet = workbook.createSheet("Sheet1");
            workbook.createSheet("Other").createRow(0).createCell(0).setCellValue("ignored");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof LocalTime t) {
                        cell.setCellValue(t.toSecondOfDay() / 86_400.0);
                        cell.setCellStyle(time);
                    } else if (value instanceof LocalDateTime dt) {
                        cell.setCellValue(dt);
                        cell.setCellStyle(dateTime);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path gzip(Path dir, String name, String content) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    /** Every row of a query, each as a list of its columns' text (null stays null). */
    static List<List<String>> rows(FloorStore store, String select) {
        try (Connection connection = store.newReadConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(select)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getString(c));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(FloorStore store, String table) {
        return Long.parseLong(rows(store, "SELECT count(*) FROM " + table).get(0).get(0));
    }

    /** Rows of all five spreadsheet tables and the inventory together. */
    static long fileRows(FloorStore store) {
        return count(store, "clock_ins") + count(store, "task_log") + count(store, "energy_reports")
                + count(store, "tools") + count(store, "work_orders") + count(store, "tool_inventory");
    }
}
