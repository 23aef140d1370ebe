package org.floorwatch.localstore.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorwatch.localstore.lake.LakeStore.energy;
import static org.floorwatch.localstore.lake.LakeStore.failed;
import static org.floorwatch.localstore.lake.LakeStore.heat;
import static org.floorwatch.localstore.lake.LakeStore.move;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station_hours} on two hand-made daylight-saving days of the Small Works site (Europe/London, shifts
 * 06-14-22-06), every figure worked out by hand. Production day 2026-10-24 runs 05:00Z to 06:00Z next day, 25 hours:
 * 01:00 BST (00:00Z) and 01:00 GMT (01:00Z) are two rows. Production day 2026-03-28 runs 06:00Z to 05:00Z, 23 hours:
 * 00:00 GMT (00:00Z) is followed by 02:00 BST (01:00Z), and there is no 01:00.
 */
class StationHoursTest {

    private static final String SELECT = "SELECT arrivals, departures, errors, avg_wip, avg_cycle_s, mean_celsius, "
            + "max_celsius, kwh, shift FROM station_hours WHERE station = '%s' AND epoch_us(hour_start) = %d";

    @TempDir
    Path folder;

    private LakeStore lake;

    @BeforeEach
    void export() {
        lake = new LakeStore(folder);
        lake.write(
                // the night the clocks go back: P1 and P2 in the first 01:00, P2 arrives and P1 leaves in the second
                move("p1a", "2026-10-25T01:20+01:00", "P1", null, "IN"),
                move("p1b", "2026-10-25T01:40+01:00", "P1", "IN", "PRESS"),
                move("p2a", "2026-10-25T01:50+01:00", "P2", null, "IN"),
                move("p2b", "2026-10-25T01:10Z", "P2", "IN", "PRESS"),
                failed("p1c", "2026-10-25T01:30Z", "P1", "PRESS", "CHECK", "E7"),
                move("p1d", "2026-10-25T02:10Z", "P1", "CHECK", "OUT"),
                heat("h1", "2026-10-25T00:30Z", 50.0), heat("h2", "2026-10-25T00:45Z", 54.0),
                heat("h3", "2026-10-25T01:15Z", 60.0),
                energy("e1", "2026-10-25T00:59Z", "M-PRESS", 1.5), energy("e2", "2026-10-25T01:00Z", "M-PRESS", 2.0),
                energy("e3", "2026-10-25T01:30Z", "M-PRESS", 0.5), energy("e4", "2026-10-25T01:05Z", "M-CHECK", 0.25),
                // the night the clocks go forward: P3 in at 00:30 GMT, to the press at 02:15 BST, scrapped at 05:30 BST
                move("p3a", "2026-03-29T00:30Z", "P3", null, "IN"),
                move("p3b", "2026-03-29T02:15+01:00", "P3", "IN", "PRESS"),
                move("p3c", "2026-03-29T05:30+01:00", "P3", "PRESS", "BIN"));
        lake.export();
        lake.load(LakeTable.STATION_HOURS);
    }

    @AfterEach
    void close() {
        lake.close();
    }

    @Test
    void aRowForEveryStationAndClockHourTheRepeatedHourTwiceTheSkippedHourNever() {
        // six stations; 25 hours on 2026-10-24, 23 on 2026-03-28
        assertThat(count("SELECT count(*) FROM station_hours")).isEqualTo((25 + 23) * 6);
        assertThat(count("SELECT count(DISTINCT hour_start) FROM station_hours WHERE production_day = '2026-10-24'"))
                .isEqualTo(25);
        assertThat(count("SELECT count(DISTINCT hour_start) FROM station_hours WHERE production_day = '2026-03-28'"))
                .isEqualTo(23);
        assertThat(hourStarts("2026-10-24")).startsWith(at("2026-10-24T05:00Z")).endsWith(at("2026-10-25T05:00Z"))
                .contains(at("2026-10-25T00:00Z"), at("2026-10-25T01:00Z"));
        assertThat(hourStarts("2026-03-28")).startsWith(at("2026-03-28T06:00Z")).endsWith(at("2026-03-29T04:00Z"))
                .contains(at("2026-03-29T00:00Z"), at("2026-03-29T01:00Z"))
                .doesNotContain(at("2026-03-29T05:00Z"));
        // no hour of 2026-03-29 starts at 01:xx London time
        assertThat(count("SELECT count(*) FROM station_hours WHERE hour(timezone('Europe/London', hour_start)) = 1 "
                + "AND production_day = '2026-03-28'")).isZero();
        assertThat(count("SELECT count(*) FROM station_hours WHERE hour(timezone('Europe/London', hour_start)) = 1 "
                + "AND production_day = '2026-10-24'")).isEqualTo(2 * 6);
    }

    @Test
    void theTwoRepeatedHoursEachHaveTheirOwnFigures() {
        // first 01:00 (00:00Z-01:00Z): P1 in at 00:40; WIP 1 for 20 of 60 min; readings 50, 54; 1.5 kWh
        assertRow("PRESS", "2026-10-25T00:00Z", 1, 0, 0, 20 / 60.0, null, 52.0, 54.0, 1.5, "C");
        // second 01:00: WIP 1, 2 from 01:10, 1 from 01:30: (10 + 40 + 30) / 60; P1 out after 50 min, with an error;
        // 2.0 kWh at 01:00Z exactly and 0.5
        assertRow("PRESS", "2026-10-25T01:00Z", 1, 1, 1, 80 / 60.0, 3000.0, 60.0, 60.0, 2.5, "C");
        // 02:00 GMT: P2 sits all hour, no readings, no samples
        assertRow("PRESS", "2026-10-25T02:00Z", 0, 0, 0, 1.0, null, null, null, 0.0, "C");
        // goods in: P1 00:20-00:40, P2 from 00:50: (20 + 10) / 60; P1's 20 min; then P2 10 more min, out after 20
        assertRow("IN", "2026-10-25T00:00Z", 2, 1, 0, 30 / 60.0, 1200.0, null, null, 0.0, "C");
        assertRow("IN", "2026-10-25T01:00Z", 0, 1, 0, 10 / 60.0, 1200.0, null, null, 0.0, "C");
        // check: P1 in at 01:30Z, out at 02:10Z after 40 min; M-CHECK's 0.25 kWh
        assertRow("CHECK", "2026-10-25T01:00Z", 1, 0, 0, 0.5, null, null, null, 0.25, "C");
        assertRow("CHECK", "2026-10-25T02:00Z", 0, 1, 0, 10 / 60.0, 2400.0, null, null, 0.0, "C");
        // goods out holds no WIP
        assertRow("OUT", "2026-10-25T02:00Z", 1, 0, 0, 0.0, null, null, null, 0.0, "C");
        // the day's first hour is shift A
        assertRow("PRESS", "2026-10-24T05:00Z", 0, 0, 0, 0.0, null, null, null, 0.0, "A");
    }

    @Test
    void theHourAfterTheSkippedOneCountsFromWhenTheClocksJump() {
        assertRow("IN", "2026-03-29T00:00Z", 1, 0, 0, 0.5, null, null, null, 0.0, "C");
        // 02:00 BST (01:00Z): P3 leaves goods in at 01:15Z after 45 min, and sits in the press 45 of 60 min
        assertRow("IN", "2026-03-29T01:00Z", 0, 1, 0, 0.25, 2700.0, null, null, 0.0, "C");
        assertRow("PRESS", "2026-03-29T01:00Z", 1, 0, 0, 0.75, null, null, null, 0.0, "C");
        assertRow("PRESS", "2026-03-29T02:00Z", 0, 0, 0, 1.0, null, null, null, 0.0, "C");
        // 05:00 BST (04:00Z): scrapped at 04:30Z, 3 h 15 min after it came in
        assertRow("PRESS", "2026-03-29T04:00Z", 0, 1, 0, 0.5, 11700.0, null, null, 0.0, "C");
        assertRow("BIN", "2026-03-29T04:00Z", 1, 0, 0, 0.0, null, null, null, 0.0, "C");
    }

    @Test
    void hourStartIsAUtcTimestampToTheMicrosecond() {
        List<Object> types = DeltaReader.rows(lake.reader, "SELECT typeof(hour_start), typeof(production_day) "
                + "FROM station_hours LIMIT 1").get(0);
        assertThat(types).containsExactly("TIMESTAMP WITH TIME ZONE", "DATE");
    }

    private void assertRow(String station, String hour, long arrivals, long departures, long errors, double wip,
                           Double cycle, Double meanC, Double maxC, double kwh, String shift) {
        Instant start = at(hour);
        long micros = start.getEpochSecond() * 1_000_000 + start.getNano() / 1000;
        List<List<Object>> rows = DeltaReader.rows(lake.reader, SELECT.formatted(station, micros));
        assertThat(rows).as(station + " at " + hour).hasSize(1);
        List<Object> row = rows.get(0);
        assertThat(row.subList(0, 3)).as(station + " at " + hour).containsExactly(arrivals, departures, errors);
        assertThat((Double) row.get(3)).as("avg_wip of " + station + " at " + hour).isCloseTo(wip, within(1e-12));
        assertThat(row.get(4)).as("avg_cycle_s").isEqualTo(cycle);
        assertThat(row.get(5)).as("mean_celsius").isEqualTo(meanC);
        assertThat(row.get(6)).as("max_celsius").isEqualTo(maxC);
        assertThat((Double) row.get(7)).as("kwh").isCloseTo(kwh, within(1e-12));
        assertThat(row.get(8)).isEqualTo(shift);
    }

    private List<Instant> hourStarts(String day) {
        return DeltaReader.rows(lake.reader, "SELECT DISTINCT epoch_us(hour_start) AS us FROM station_hours "
                        + "WHERE production_day = '" + day + "' ORDER BY us").stream()
                .map(row -> Instant.EPOCH.plusNanos(((Number) row.get(0)).longValue() * 1000)).toList();
    }

    private long count(String sql) {
        return DeltaReader.count(lake.reader, sql);
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
