package org.floorwatch.views.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;

/**
 * The first sheet: the report's title, site, period (date cells), time zone, when it was made (a date-time cell in
 * the site's zone) and the list of sheets, each a link to its sheet.
 */
final class CoverSheetWriter {

    static final String SHEET_NAME = "Cover";
    /** Row (0-based) of the header of the sheet list. */
    static final int SHEET_LIST_ROW = 8;

    private final ExportStyles styles;

    CoverSheetWriter(ExportStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, ReportDocument doc, List<SectionSheet> sections) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(nonNull(doc.title()));
        title.setCellStyle(styles.title());
        styles.text(valueCell(sheet, 2, "Site"), nonNull(doc.site()));
        date(valueCell(sheet, 3, "From"), doc.from());
        date(valueCell(sheet, 4, "To"), doc.to());
        styles.text(valueCell(sheet, 5, "Time zone"), nonNull(doc.timezone()));
        if (doc.generatedAt() != null) {
            ZoneId zone = zoneOf(doc.timezone());
            Cell generated = valueCell(sheet, 6, zone.equals(ZoneOffset.UTC) ? "Generated at (UTC)" : "Generated at");
            generated.setCellValue(LocalDateTime.ofInstant(doc.generatedAt(), zone));
            generated.setCellStyle(styles.leftAligned(ColumnType.DATE_TIME));
        }

        Row listHeader = sheet.createRow(SHEET_LIST_ROW);
        styles.header(listHeader.createCell(0), "Sheet", ColumnType.TEXT);
        styles.header(listHeader.createCell(1), "Rows", ColumnType.INTEGER);
        int longest = 0;
        for (int i = 0; i < sections.size(); i++) {
            SectionSheet section = sections.get(i);
            Row row = sheet.createRow(SHEET_LIST_ROW + 1 + i);
            Cell name = row.createCell(0);
            styles.text(name, section.name());
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(new CellReference(section.name(), 0, 0, false, false).formatAsString());
            name.setHyperlink(link);
            Cell rows = row.createCell(1);
            rows.setCellValue(section.rowCount());
            rows.setCellStyle(styles.of(ColumnType.INTEGER));
            longest = Math.max(longest, section.name().length());
        }
        sheet.setColumnWidth(0, Math.max(14, longest + 2) * 256);
        sheet.setColumnWidth(1, Math.max(18, nonNull(doc.site()).length() + 2) * 256);
    }

    /** The report's zone; UTC, said so in the label, when the document names none or an unknown one. */
    private static ZoneId zoneOf(String timezone) {
        try {
            return timezone == null || timezone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timezone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Writes {@code label} in column A of a new row and returns the cell beside it. */
    private Cell valueCell(Sheet sheet, int rowIndex, String label) {
        Row row = sheet.createRow(rowIndex);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.label());
        return row.createCell(1);
    }

    private void date(Cell cell, LocalDate date) {
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.leftAligned(ColumnType.DATE));
        }
    }
}
