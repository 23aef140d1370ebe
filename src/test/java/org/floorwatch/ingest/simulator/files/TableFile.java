package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A file source read back for checking, independently of how it was written: a CSV file (byte-order
 * mark, {@code ,} or {@code ;}, CRLF and quotes as contract section 4 allows) or the first sheet of an
 * .xlsx (cells as Excel displays them). Row 0 is the header.
 */
record TableFile(Path path, List<List<String>> rows) {

    static TableFile read(Path file) throws IOException {
        return file.toString().endsWith(".xlsx") ? xlsx(file) : csv(file);
    }

    List<String> header() {
        return rows.get(0);
    }

    /** The value of {@code column} on row {@code index} (1 = the first row under the header); null when empty. */
    String get(int index, String column) {
        List<String> row = rows.get(index);
        int at = header().indexOf(column);
        String value = at < row.size() ? row.get(at) : "";
        return value.isEmpty() ? null : value;
    }

    int size() {
        return rows.size() - 1;
    }

    static TableFile csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty()) {
                rows.add(split(line, separator));
            }
        }
        return new TableFile(file, rows);
    }

    private static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static TableFile xlsx(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(values);
            }
        }
        return new TableFile(file, rows);
    }
}
