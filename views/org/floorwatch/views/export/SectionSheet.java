package org.floorwatch.views.export;

import java.util.ArrayList;
import java.util.List;
import org.floorwatch.localstore.report.ReportDocument.Table;
import org.floorwatch.localstore.report.TableRows;

/**
 * One sheet of the workbook: a table, or a slice of one when the table has more rows than a sheet holds
 * (1,048,575 below the header); the slices of "Moves" become "Moves", "Moves (2)", ... All slices of a table read
 * its rows from one cursor, in order.
 */
record SectionSheet(String name, Table table, TableRows.Cursor rows, int firstRow, int endRow) {

    /** Rows an Excel sheet holds below its header row. */
    static final int MAX_DATA_ROWS = 1_048_575;

    int rowCount() {
        return endRow - firstRow;
    }

    boolean isFirstSlice() {
        return firstRow == 0;
    }

    /** The sheets for {@code tables}, whose rows {@code cursors} read (one each, in order), named by {@code names}. */
    static List<SectionSheet> layOut(List<Table> tables, List<TableRows.Cursor> cursors, SheetNames names,
                                     int maxDataRows) {
        List<SectionSheet> sheets = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            TableRows.Cursor cursor = cursors.get(t);
            int rows = Math.toIntExact(cursor.count());
            int first = 0;
            do {
                int end = Math.min(rows, first + maxDataRows);
                sheets.add(new SectionSheet(names.claim(table.name()), table, cursor, first, end));
                first = end;
            } while (first < rows);
        }
        return sheets;
    }
}
