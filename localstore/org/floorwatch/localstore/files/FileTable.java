package org.floorwatch.localstore.files;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.orders.PurchaseOrderRow;

/**
 * One file source's table: its key for corrections (contract section 4), the columns compared to tell a
 * changed row from a duplicate, and how a row is appended in the table's column order (key, data, then
 * {@code source} and, for spreadsheet rows, {@code source_row}).
 *
 * @param <R> the row type stored in this table
 */
public final class FileTable<R> {

    public static final FileTable<ClockInRow> CLOCK_INS = new FileTable<>("clock_ins",
            List.of("employee_id", "day", "shift"),
            List.of("name", "department", "status", "absence_reason", "clock_in", "clock_out"),
            r -> List.of(r.employeeId(), r.day(), r.shift()),
            (a, r, source) -> {
                a.append(r.employeeId()).append(r.day()).append(r.shift()).append(r.name()).append(r.department())
                        .append(r.status()).append(r.absenceReason());
                instant(instant(a, r.clockIn()), r.clockOut()).append(source).append(r.sourceRow());
            });

    public static final FileTable<TaskLogRow> TASK_LOG = new FileTable<>("task_log",
            List.of("employee_id", "start_ts"), List.of("end_ts", "task", "station"),
            r -> List.of(r.employeeId(), r.start()),
            (a, r, source) -> instant(instant(a.append(r.employeeId()), r.start()), r.end())
                    .append(r.task()).append(r.station()).append(source).append(r.sourceRow()));

    public static final FileTable<EnergyReportRow> ENERGY_REPORTS = new FileTable<>("energy_reports",
            List.of("day", "machine"), List.of("kwh", "peak_kw"),
            r -> List.of(r.day(), r.machine()),
            (a, r, source) -> a.append(r.day()).append(r.machine()).append(r.kwh()).append(r.peakKw())
                    .append(source).append(r.sourceRow()));

    public static final FileTable<ToolRow> TOOLS = new FileTable<>("tools",
            List.of("tool_id"), List.of("name", "kind", "vendor", "expected_life_hours", "station"),
            ToolRow::toolId,
            (a, r, source) -> a.append(r.toolId()).append(r.name()).append(r.kind()).append(r.vendor())
                    .append(r.expectedLifeHours()).append(r.station()).append(source).append(r.sourceRow()));

    public static final FileTable<WorkOrderRow> WORK_ORDERS = new FileTable<>("work_orders",
            List.of("work_order"),
            List.of("machine", "fault", "severity", "reported", "started", "resolved", "technician"),
            WorkOrderRow::workOrder,
            (a, r, source) -> {
                a.append(r.workOrder()).append(r.machine()).append(r.fault()).append(r.severity());
                instant(instant(instant(a, r.reported()), r.started()), r.resolved())
                        .append(r.technician()).append(source).append(r.sourceRow());
            });

    /** Purchase orders (contract section 9): read from databases only, so {@code source_row} is 0. */
    public static final FileTable<PurchaseOrderRow> PURCHASE_ORDERS = new FileTable<>("purchase_orders",
            List.of("order_id"),
            List.of("direction", "item", "quantity", "status", "requested", "confirmed", "received", "counterparty"),
            PurchaseOrderRow::orderId,
            (a, r, source) -> {
                a.append(r.orderId()).append(r.direction()).append(r.item()).append(r.quantity()).append(r.status());
                instant(instant(instant(a, r.requested()), r.confirmed()), r.received())
                        .append(r.counterparty()).append(source).append(0);
            });

    /** The tool inventory: replaced whole by each snapshot (the snapshot read last wins). */
    public static final FileTable<InventoryItem> TOOL_INVENTORY = new FileTable<>("tool_inventory",
            List.of("tool_id"), List.of("status", "station", "holder", "hours_used", "updated"),
            InventoryItem::toolId,
            (a, r, source) -> a.append(r.toolId()).append(r.status()).append(r.station()).append(r.holder())
                    .append(r.hoursUsed()).append(r.updated()).append(source));

    private final String table;
    private final List<String> keyColumns;
    private final List<String> dataColumns;
    private final Function<R, Object> key;
    private final RowAppender<R> appender;

    private FileTable(String table, List<String> keyColumns, List<String> dataColumns, Function<R, Object> key,
                      RowAppender<R> appender) {
        this.table = table;
        this.keyColumns = keyColumns;
        this.dataColumns = dataColumns;
        this.key = key;
        this.appender = appender;
    }

    public String table() {
        return table;
    }

    String stagingTable() {
        return "stage_" + table;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    List<String> dataColumns() {
        return dataColumns;
    }

    Object key(R row) {
        return key.apply(row);
    }

    void append(DuckDBAppender to, R row, String source) throws SQLException {
        to.beginRow();
        appender.append(to, row, source);
        to.endRow();
    }

    /** Appends a UTC {@code TIMESTAMP} (microseconds since the epoch), or null. */
    private static DuckDBAppender instant(DuckDBAppender to, Instant instant) throws SQLException {
        return instant == null ? to.appendNull()
                : to.appendEpochMicros(UtcMicros.of(instant));
    }

    /** Appends one row's columns in the table's order. */
    @FunctionalInterface
    private interface RowAppender<R> {
        void append(DuckDBAppender to, R row, String source) throws SQLException;
    }
}
