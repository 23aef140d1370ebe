package org.floorwatch.views.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;

/**
 * Writes one section's rows onto its sheet: a bold frozen header with units, typed and formatted cells, an
 * autofilter over the data and widths fitted to the content. Rows go out one at a time, so the sheet may stream.
 */
final class TableSheetWriter {

    private final ExportStyles styles;
    private final ExportProgress progress;

    TableSheetWriter(ExportStyles styles, ExportProgress progress) {
        this.styles = styles;
        this.progress = progress;
    }

    void write(Sheet sheet, SectionSheet section) {
        List<Column> columns = section.table().columns();
        if (columns.isEmpty()) {
            return;
        }
        ColumnWidths widths = new ColumnWidths(columns.size());
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            String label = headerLabel(columns.get(c));
            styles.header(header.createCell(c), label, columns.get(c).type());
            widths.measure(c, label.length() + ColumnWidths.FILTER_BUTTON_CHARS);
        }
        Object[] cells = new Object[columns.size()];
        for (int r = section.firstRow(); r < section.endRow(); r++) {
            read(section, r, cells);
            writeRow(sheet.createRow(r - section.firstRow() + 1), section.table(), r, cells, widths);
            progress.rowWritten();
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, section.rowCount(), 0, columns.size() - 1));
        widths.applyTo(sheet);
    }

    /** "Energy (kWh)", or just the header when the column has no unit. */
    static String headerLabel(Column column) {
        return column.unit() == null || column.unit().isBlank()
                ? column.header() : column.header() + " (" + column.unit() + ")";
    }

    private static void read(SectionSheet section, int index, Object[] cells) {
        boolean read;
        try {
            read = section.rows().next(cells);
        } catch (IllegalArgumentException wrongShape) {
            throw new IllegalArgumentException("Table '" + section.table().name() + "' " + wrongShape.getMessage(),
                    wrongShape);
        }
        if (!read) {
            throw new IllegalStateException(String.format("Table '%s' ended at row %d of %d", section.table().name(),
                    index + 1, section.endRow()));
        }
    }

    private void writeRow(Row row, Table table, int index, Object[] values, ColumnWidths widths) {
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            ColumnType type = columns.get(c).type();
            if (!fits(type, value)) {
                throw new IllegalArgumentException(String.format("Table '%s' row %d column '%s' is %s but holds %s",
                        table.name(), index + 1, columns.get(c).header(), type, value.getClass().getSimpleName()));
            }
            if (type != ColumnType.TEXT && value instanceof Number n && !Double.isFinite(n.doubleValue())) {
                continue; // Excel has no NaN or infinity: an empty cell says "no figure"
            }
            write(row.createCell(c), type, value);
            widths.measure(c, type, value);
        }
    }

    private static boolean fits(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> true;
            case INTEGER, DECIMAL, PERCENT -> value instanceof Number;
            case DATE -> value instanceof LocalDate;
            case DATE_TIME -> value instanceof LocalDateTime;
        };
    }

    /** Writes a value that {@link #fits} its column. */
    private void write(Cell cell, ColumnType type, Object value) {
        if (type == ColumnType.TEXT) {
            styles.text(cell, value.toString());
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue((LocalDateTime) value);
        }
        cell.setCellStyle(styles.of(type));
    }
}
