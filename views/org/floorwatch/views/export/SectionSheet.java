package org.floorwatch.views.export;

import java.util.ArrayList;
import java.util.List;
import org.floorwatch.localstore.report.ReportDocument.Table;

/**
 * One sheet of the workbook: a table, or a slice of one when the table has more rows than a sheet holds
 * (1,048,575 below the header); the slices of "Moves" become "Moves", "Moves (2)", ...
 */
record SectionSheet(String name, Table table, int firstRow, int endRow) {

    /** Rows an Excel sheet holds below its header row. */
    static final int MAX_DATA_ROWS = 1_048_575;

    int rowCount() {
        return endRow - firstRow;
    }

    boolean isFirstSlice() {
        return firstRow == 0;
    }

    /** The sheets for {@code tables}, in order, named by {@code names}. */
    static List<SectionSheet> layOut(List<Table> tables, SheetNames names, int maxDataRows) {
        List<SectionSheet> sheets = new ArrayList<>();
        for (Table table : tables) {
            int rows = table.rows().size();
            int first = 0;
            do {
                int end = Math.min(rows, first + maxDataRows);
                sheets.add(new SectionSheet(names.claim(table.name()), table, first, end));
                first = end;
            } while (first < rows);
        }
        return sheets;
    }
}
