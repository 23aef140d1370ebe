package org.floorwatch.ingest.files;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.files.FileRowWriter;
import org.floorwatch.localstore.files.FileTable;
import org.floorwatch.localstore.files.RowCounts;

/**
 * A spreadsheet file's rows, checked and ready to store: every row passed its kind's rules, or the file is
 * refused at the first row that did not.
 */
final class SheetRows<R> {

    private final FileKind kind;
    private final FileTable<R> table;
    private final List<R> rows;

    private SheetRows(FileKind kind, FileTable<R> table, List<R> rows) {
        this.kind = kind;
        this.table = table;
        this.rows = rows;
    }

    /** Tells the sheet's kind from its header and checks every row; throws {@link RefusedFileException}. */
    static SheetRows<?> of(Path file, Sheet sheet, boolean decimalComma, FloorPlan plan) {
        try {
            FileKind kind = FileKind.ofHeader(sheet.header());
            RowFields fields = new RowFields(sheet.header(), kind, decimalComma);
            SiteClock clock = new SiteClock(plan);
            return switch (kind) {
                case CLOCK_IN -> map(file, kind, FileTable.CLOCK_INS, new ClockInSheetRows(clock), sheet, fields);
                case TASK_LOG -> map(file, kind, FileTable.TASK_LOG, new TaskLogRows(clock), sheet, fields);
                case ENERGY_REPORT -> map(file, kind, FileTable.ENERGY_REPORTS, new EnergyReportRows(clock), sheet, fields);
                case TOOL_MASTER_LIST -> map(file, kind, FileTable.TOOLS, new ToolMasterListRows(), sheet, fields);
                case MAINTENANCE_LOG -> map(file, kind, FileTable.WORK_ORDERS, new MaintenanceLogRows(clock), sheet, fields);
                default -> throw new IllegalStateException("not a spreadsheet kind: " + kind);
            };
        } catch (BadCellException e) {
            throw new RefusedFileException(file, e.row() == null ? 1 : e.row(), e.getMessage());
        }
    }

    private static <R> SheetRows<R> map(Path file, FileKind kind, FileTable<R> table, RowMapper<R> mapper,
                                        Sheet sheet, RowFields fields) {
        List<R> rows = new ArrayList<>(sheet.rows().size());
        for (Sheet.Row row : sheet.rows()) {
            try {
                rows.add(mapper.map(fields.at(row)));
            } catch (BadCellException e) {
                throw new RefusedFileException(file, row.number(), e.getMessage());
            }
        }
        return new SheetRows<>(kind, table, rows);
    }

    FileKind kind() {
        return kind;
    }

    int size() {
        return rows.size();
    }

    /** Stores the rows, the row read last winning for each key; runs in the writer's transaction. */
    RowCounts store(DuckDBConnection connection, String source) throws SQLException {
        return FileRowWriter.upsert(connection, table, rows, source);
    }
}
