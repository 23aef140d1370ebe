package org.floorwatch.views.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;

/** The few cell styles a report workbook uses, made once per workbook (Excel caps a workbook at 64,000 styles). */
final class ExportStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final Map<ColumnType, CellStyle> byType = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, CellStyle> leftAligned = new EnumMap<>(ColumnType.class);
    private final CellStyle quotedText;
    /** Header styles by [quote-prefixed][right-aligned]. */
    private final CellStyle[][] headers = new CellStyle[2][2];
    private final CellStyle title;
    private final CellStyle label;

    ExportStyles(Workbook workbook) {
        byType.put(ColumnType.TEXT, workbook.createCellStyle());
        byType.put(ColumnType.INTEGER, formatted(workbook, "#,##0"));
        byType.put(ColumnType.DECIMAL, formatted(workbook, "#,##0.00"));
        byType.put(ColumnType.PERCENT, formatted(workbook, "0.0%"));
        byType.put(ColumnType.DATE, formatted(workbook, DATE_FORMAT));
        byType.put(ColumnType.DATE_TIME, formatted(workbook, DATE_TIME_FORMAT));
        for (ColumnType type : ColumnType.values()) {
            CellStyle left = workbook.createCellStyle();
            left.cloneStyleFrom(byType.get(type));
            left.setAlignment(HorizontalAlignment.LEFT);
            leftAligned.put(type, left);
        }
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);

        Font bold = workbook.createFont();
        bold.setBold(true);
        for (int quoted = 0; quoted < 2; quoted++) {
            for (int right = 0; right < 2; right++) {
                CellStyle header = workbook.createCellStyle();
                header.setFont(bold);
                header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                header.setBorderBottom(BorderStyle.THIN);
                header.setQuotePrefixed(quoted == 1);
                header.setAlignment(right == 1 ? HorizontalAlignment.RIGHT : HorizontalAlignment.GENERAL);
                headers[quoted][right] = header;
            }
        }
        label = workbook.createCellStyle();
        label.setFont(bold);

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setQuotePrefixed(true); // a title is always text, see text(..)
    }

    CellStyle of(ColumnType type) {
        return byType.get(type);
    }

    /** Like {@link #of}, aligned left: for values listed under one another with texts, as on the cover. */
    CellStyle leftAligned(ColumnType type) {
        return leftAligned.get(type);
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    /** Writes a header cell: bold on grey, never a formula, right-aligned over numbers and dates. */
    void header(Cell cell, String text, ColumnType over) {
        cell.setCellValue(text);
        cell.setCellStyle(headers[startsLikeFormula(text) ? 1 : 0][over == ColumnType.TEXT ? 0 : 1]);
    }

    /** Writes a text cell that Excel never runs as a formula. */
    void text(Cell cell, String text) {
        // setCellValue(String) always stores a string cell, so POI never writes a formula. But Excel parses a cell's
        // text again when a user edits it (F2, Enter), and "=HYPERLINK(...)" would then become a live formula. The
        // quote prefix (how Excel stores text typed as 'text) keeps Excel and LibreOffice treating it as text; the
        // apostrophe is not part of the value.
        cell.setCellValue(text);
        cell.setCellStyle(startsLikeFormula(text) ? quotedText : byType.get(ColumnType.TEXT));
    }

    /** What OWASP's CSV-injection advice lists as formula starters: = + - @, and tab or carriage return. */
    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
