package org.floorwatch.ingest.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an {@code .xlsx} workbook: text cells as text, number cells as numbers, real Excel
 * date and time cells as {@link ExcelDateTime}, formulas by their cached result. The first non-empty row is the
 * header; fully empty rows are skipped.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static Sheet read(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BadCellException("the workbook has no sheet");
            }
            List<String> header = null;
            List<Sheet.Row> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<Object> cells = cells(row);
                if (cells.stream().allMatch(cell -> cell == null || cell instanceof String text && text.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(cell -> cell == null ? "" : String.valueOf(cell).strip()).toList();
                } else {
                    rows.add(new Sheet.Row(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new BadCellException("the first sheet is empty (no header row)");
            }
            return new Sheet(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadCellException bad) {
                throw bad;
            }
            throw new BadCellException("not a readable .xlsx workbook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
            Cell cell = row.getCell(column);
            cells.add(cell == null ? null : value(cell, row.getRowNum() + 1));
        }
        return cells;
    }

    private static Object value(Cell cell, int rowNumber) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new ExcelDateTime(cell.getNumericCellValue(), cell.getLocalDateTimeCellValue())
                    : cell.getNumericCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> throw new BadCellException(rowNumber, "cell " + cell.getAddress() + " holds an Excel error");
            default -> null;
        };
    }

    /** A number cell as text (an id typed as a number): {@code 1042}, not {@code 1042.0}. */
    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
