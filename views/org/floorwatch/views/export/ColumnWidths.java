package org.floorwatch.views.export;

import org.apache.poi.ss.usermodel.Sheet;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;

/**
 * Column widths from the longest shown value of each column, estimated arithmetically from the number format
 * (no formatting per cell, no {@code autoSizeColumn}, so a million rows cost almost nothing), within sane bounds.
 */
final class ColumnWidths {

    private static final int MIN_CHARS = 8;
    private static final int MAX_CHARS = 50;
    /** Room for the autofilter drop-down button beside a header. */
    static final int FILTER_BUTTON_CHARS = 3;

    private final int[] chars;

    ColumnWidths(int columns) {
        chars = new int[columns];
    }

    void measure(int column, int length) {
        chars[column] = Math.max(chars[column], length);
    }

    void measure(int column, ColumnType type, Object value) {
        measure(column, shownLength(type, value));
    }

    void applyTo(Sheet sheet) {
        for (int column = 0; column < chars.length; column++) {
            int width = Math.min(MAX_CHARS, Math.max(MIN_CHARS, chars[column] + 2));
            sheet.setColumnWidth(column, width * 256);
        }
    }

    /** The length of {@code value} as Excel shows it with the column's format. */
    static int shownLength(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> String.valueOf(value).length();
            case INTEGER -> grouped(((Number) value).doubleValue());
            case DECIMAL -> grouped(((Number) value).doubleValue()) + 3;
            case PERCENT -> grouped(((Number) value).doubleValue() * 100) + 3;
            case DATE -> ExportStyles.DATE_FORMAT.length();
            case DATE_TIME -> ExportStyles.DATE_TIME_FORMAT.length();
        };
    }

    /** Characters of the integer part with thousands separators and sign, e.g. -1,234,567 is 10. */
    private static int grouped(double value) {
        long whole = Math.abs((long) value);
        int digits = whole == 0 ? 1 : (int) Math.log10(whole) + 1;
        return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0);
    }
}
