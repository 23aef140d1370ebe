package org.floorwatch.localstore.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-source tables on a real DuckDB file: last row wins, counting, snapshots, the ledger and its read API. */
class FileRowWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Instant T = Instant.parse("2026-11-02T06:00:00Z");

    @TempDir
    Path dir;
    private FloorStore store;

    @BeforeEach
    void open() {
        store = FloorStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsNewChangedAndIdenticalRowsAndKeepsTheRowReadLast() {
        List<EnergyReportRow> first = List.of(new EnergyReportRow(DAY, "M1", 10, null, 2),
                new EnergyReportRow(DAY, "M2", 5, 1.5, 3));
        List<EnergyReportRow> second = List.of(new EnergyReportRow(DAY, "M1", 10, null, 2),
                new EnergyReportRow(DAY, "M2", 6, 1.5, 3), new EnergyReportRow(DAY, "M3", 1, 1.0, 4),
                new EnergyReportRow(DAY, "M3", 2, 1.0, 5));

        RowCounts one = write(c -> FileRowWriter.upsert(c, FileTable.ENERGY_REPORTS, first, "a.csv"));
        RowCounts two = write(c -> FileRowWriter.upsert(c, FileTable.ENERGY_REPORTS, second, "b.csv"));

        assertThat(one).isEqualTo(new RowCounts(2, 0));
        assertThat(two).isEqualTo(new RowCounts(2, 2));
        assertThat(query("SELECT machine || '=' || kwh || '@' || source || ':' || source_row FROM energy_reports ORDER BY machine"))
                .containsExactly("M1=10.0@b.csv:2", "M2=6.0@b.csv:3", "M3=2.0@b.csv:5");
    }

    @Test
    void nullTimesAndNumbersRoundTripAndCompareAsEqual() {
        ClockInRow absent = new ClockInRow("E1", DAY, "A", "Ann", "MAIN", "Absent", null, null, null, 2);
        ClockInRow present = new ClockInRow("E2", DAY, "A", "Bob", "MAIN", "Present", null, T, T.plusSeconds(28_800), 3);

        write(c -> FileRowWriter.upsert(c, FileTable.CLOCK_INS, List.of(absent, present), "s.csv"));
        RowCounts again = write(c -> FileRowWriter.upsert(c, FileTable.CLOCK_INS, List.of(absent, present), "s.csv"));

        assertThat(again).isEqualTo(new RowCounts(0, 2));
        assertThat(query("SELECT employee_id || ':' || coalesce(epoch_us(clock_out)::VARCHAR, '-') FROM clock_ins ORDER BY 1"))
                .containsExactly("E1:-", "E2:" + (T.getEpochSecond() + 28_800) * 1_000_000L);
    }

    @Test
    void aSnapshotReplacesTheWholeTable() {
        write(c -> FileRowWriter.replaceAll(c, FileTable.TOOL_INVENTORY, List.of(
                new InventoryItem("T1", "in_storage", null, null, 1.0, null),
                new InventoryItem("T2", "checked_out", "S", "E1", 2.0, "x")), "GET /tools"));

        RowCounts second = write(c -> FileRowWriter.replaceAll(c, FileTable.TOOL_INVENTORY, List.of(
                new InventoryItem("T2", "checked_out", "S", "E1", 2.0, "x")), "GET /tools"));

        assertThat(second).isEqualTo(new RowCounts(0, 1));
        assertThat(query("SELECT tool_id FROM tool_inventory")).containsExactly("T2");
    }

    @Test
    void theLedgerKeepsRunningTotalsThePositionAndEveryRefusal() throws Exception {
        ReadPosition first = new ReadPosition(100, "aa");
        write(c -> {
            SourceFileLedger.recordRead(c, new SourceRead("/in/tasks.csv", "task-log", 100, first, 3, 0, 0, T, false));
            return null;
        });
        write(c -> {
            SourceFileLedger.recordRefusal(c, "/in/tasks.csv", null, 150, 7, "end is before start", T.plusSeconds(60));
            SourceFileLedger.recordRead(c, new SourceRead("/in/a.jsonl", "archive", 9, new ReadPosition(9, "bb"), 1, 2, 3,
                    T.plusSeconds(30), false));
            return null;
        });

        try (var connection = store.newReadConnection()) {
            SourceActivity activity = new SourceActivity(connection);
            assertThat(SourceFileLedger.position(connection, "/in/tasks.csv")).contains(first);
            assertThat(activity.sources()).containsExactly(
                    new SourceFile("/in/tasks.csv", "task-log", 150, 100, 3, 0, 0, 1, T.plusSeconds(60), "refused",
                            "end is before start"),
                    new SourceFile("/in/a.jsonl", "archive", 9, 9, 1, 2, 3, 0, T.plusSeconds(30), "read", null));
            assertThat(activity.refusals(10)).containsExactly(
                    new RefusedFile("/in/tasks.csv", T.plusSeconds(60), 7, "end is before start"));
        }
    }

    private <T> T write(StoreWork<T> work) {
        return store.writer().submitWork("test rows", work).join();
    }

    private List<String> query(String select) {
        try (var connection = store.newReadConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery(select)) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
