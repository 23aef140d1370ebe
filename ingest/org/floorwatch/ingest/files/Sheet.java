package org.floorwatch.ingest.files;

import java.util.List;

/**
 * A spreadsheet-shaped file as read: its header row and its data rows. Fully empty rows are skipped (they are
 * neither data nor errors), but rows keep the numbers a spreadsheet shows, so a message names the right row.
 *
 * @param header         names as written, trimmed
 * @param rowsReadBefore data rows before {@code rows} that were read before (a CSV file that grew), not in {@code rows}
 */
record Sheet(List<String> header, List<Row> rows, int rowsReadBefore) {

    Sheet(List<String> header, List<Row> rows) {
        this(header, rows, 0);
    }

    /**
     * One data row.
     *
     * @param number the spreadsheet's row number (the header is row 1 when it is the first row)
     * @param cells  by column index: {@code String}, {@code Double} (a number cell), {@link ExcelDateTime} (a date
     *               or time cell) or null (empty); may be shorter than the header
     */
    record Row(int number, List<Object> cells) {

        Object cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }
}
