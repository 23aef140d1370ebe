package org.floorwatch.localstore.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorwatch.localstore.lake.LakeStore.energy;
import static org.floorwatch.localstore.lake.LakeStore.heat;
import static org.floorwatch.localstore.lake.LakeStore.move;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.floorwatch.localstore.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export lake} read back by {@link DeltaReader}: every event once, increments, late events, time travel. */
class LakeExportTest {

    @TempDir
    Path folder;

    private LakeStore lake;

    @BeforeEach
    void threeDays() {
        lake = new LakeStore(folder);
        // 2026-11-03, -04 and -05 (GMT, day starts 06:00Z); P1 goes through on the 3rd, P2 on the 4th, P3 on the 5th
        for (int day = 3; day <= 5; day++) {
            String d = "2026-11-0" + day + "T";
            String part = "P" + (day - 2);
            lake.write(move(part + "a", d + "07:00Z", part, null, "IN"), move(part + "b", d + "08:00Z", part, "IN", "PRESS"),
                    move(part + "c", d + "09:30Z", part, "PRESS", "CHECK"), move(part + "d", d + "10:00Z", part, "CHECK", "OUT"),
                    heat("h" + day, d + "08:30Z", 40.0 + day), energy("e" + day, d + "09:00Z", "M-PRESS", day));
        }
        // the night shift after midnight belongs to the day before
        lake.write(move("n1", "2026-11-06T02:00Z", "P9", null, "IN"));
    }

    @AfterEach
    void close() {
        lake.close();
    }

    @Test
    void everyEventOnceWithItsProductionDayAndShift() {
        lake.write(move("P1a", "2026-11-03T07:00Z", "P1", null, "IN")); // a duplicate: the store keeps one
        LakeExportResult result = lake.export();

        assertThat(result.tables()).allMatch(TableExport::committed).extracting(TableExport::version).containsOnly(0L);
        lake.load(LakeTable.MOVES);
        lake.load(LakeTable.READINGS);
        lake.load(LakeTable.ENERGY);
        assertThat(count("SELECT count(*) FROM moves")).isEqualTo(13);
        assertThat(count("SELECT count(DISTINCT id) FROM moves")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM readings")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM energy")).isEqualTo(3);
        assertThat(DeltaReader.rows(lake.reader, "SELECT production_day::VARCHAR, shift, \"from\", \"to\", "
                + "epoch_us(ts) FROM moves WHERE id = 'n1'").get(0))
                .containsExactly("2026-11-05", "C", null, "IN", 1_793_930_400_000_000L);
        assertThat(DeltaReader.rows(lake.reader, "SELECT production_day::VARCHAR, shift, sensor, celsius "
                + "FROM readings WHERE id = 'h4'").get(0)).containsExactly("2026-11-04", "A", "HS-PRESS", 44.0);
        assertThat(DeltaReader.rows(lake.reader, "SELECT production_day::VARCHAR, machine, kwh FROM energy "
                + "WHERE id = 'e5'").get(0)).containsExactly("2026-11-05", "M-PRESS", 5.0);
        // one file per day in each table, each holding the day's events only
        assertThat(lake.table(LakeTable.MOVES).activeFiles(0)).hasSize(3);
    }

    @Test
    void anExportWithNothingNewCommitsNothing() {
        lake.export();
        List<Long> before = lake.table(LakeTable.STATION_HOURS).versions();

        LakeExportResult again = lake.export();

        assertThat(again.committedAny()).isFalse();
        assertThat(again.tables()).extracting(TableExport::version).containsOnly(0L);
        for (LakeTable table : LakeTable.values()) {
            assertThat(lake.table(table).versions()).as(table.folder()).containsExactly(0L);
        }
        assertThat(before).containsExactly(0L);
    }

    @Test
    void lateEventsAreAppendedAndExactlyTheStationHourDaysTheyChangeAreReplaced() {
        lake.export();
        lake.load(LakeTable.STATION_HOURS);
        DeltaReader.execute(lake.reader, "CREATE TEMP TABLE hours_v0 AS SELECT * FROM station_hours");

        // a late reading on the 3rd changes the 3rd only
        lake.write(heat("late-h", "2026-11-03T12:00Z", 70.0));
        LakeExportResult afterReading = lake.export();

        assertThat(afterReading.tables()).filteredOn(TableExport::committed).extracting(TableExport::table)
                .containsExactly(LakeTable.READINGS, LakeTable.STATION_HOURS);
        assertThat(lake.table(LakeTable.STATION_HOURS).removedDays(1)).containsExactly("2026-11-03");
        assertThat(lake.table(LakeTable.READINGS).activeFiles(1)).hasSize(4);

        // a late move on the 4th: part P7 into the press, never out: WIP + 1 from then on, the 4th and the 5th change
        lake.write(move("late-m", "2026-11-04T20:00Z", "P7", "IN", "PRESS"));
        LakeExportResult afterMove = lake.export();

        assertThat(afterMove.tables()).filteredOn(TableExport::committed).extracting(TableExport::table)
                .containsExactly(LakeTable.MOVES, LakeTable.STATION_HOURS);
        assertThat(lake.table(LakeTable.STATION_HOURS).removedDays(2)).containsExactly("2026-11-04", "2026-11-05");
        lake.load(LakeTable.STATION_HOURS);
        assertThat(changedDays("hours_v0", "station_hours")).containsExactly("2026-11-03", "2026-11-04", "2026-11-05");
        assertThat(count("SELECT count(*) FROM station_hours")).isEqualTo(3 * 24 * 6);
        assertThat(DeltaReader.rows(lake.reader, "SELECT max_celsius FROM station_hours WHERE station = 'PRESS' "
                + "AND epoch_us(hour_start) = 1793707200000000").get(0)).containsExactly(70.0);
        lake.load(LakeTable.MOVES);
        assertThat(count("SELECT count(*) FROM moves WHERE id = 'late-m' AND production_day = '2026-11-04'"))
                .isEqualTo(1);
    }

    @Test
    void earlierVersionsStayReadable() {
        lake.export();
        lake.write(move("P4a", "2026-11-06T07:00Z", "P4", null, "IN"));
        lake.export();

        DeltaReader moves = lake.table(LakeTable.MOVES);
        assertThat(moves.versions()).containsExactly(0L, 1L);
        moves.load(lake.reader, "moves_v0", 0);
        moves.load(lake.reader, "moves_v1", 1);
        assertThat(count("SELECT count(*) FROM moves_v0")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM moves_v1")).isEqualTo(14);
        // the day 2026-11-06 is new in station_hours; no other day changed (P4 entered and nothing else moved)
        assertThat(lake.table(LakeTable.STATION_HOURS).removedDays(1)).isEmpty();
        assertThat(lake.table(LakeTable.STATION_HOURS).activeFiles(1).values()).contains("2026-11-06");
    }

    @Test
    void aFolderThatHoldsSomethingElseIsRefused() throws IOException {
        Files.createDirectories(lake.lake.resolve("moves"));
        Files.writeString(lake.lake.resolve("moves").resolve("notes.txt"), "mine");

        assertThatThrownBy(lake::export).isInstanceOf(StoreException.class).hasMessageContaining("no _delta_log");
    }

    private Set<String> changedDays(String before, String after) {
        Set<String> days = new TreeSet<>();
        DeltaReader.rows(lake.reader, "SELECT DISTINCT production_day::VARCHAR FROM ((SELECT * FROM " + before
                + " EXCEPT SELECT * FROM " + after + ") UNION ALL (SELECT * FROM " + after + " EXCEPT SELECT * FROM "
                + before + "))").forEach(row -> days.add((String) row.get(0)));
        return days;
    }

    private long count(String sql) {
        return DeltaReader.count(lake.reader, sql);
    }
}
