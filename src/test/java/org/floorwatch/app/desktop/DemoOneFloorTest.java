package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.ingest.simulator.Outgoing;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.UtcMicros;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's history and its live stream are one floor: a day of history files imported, then a day of what the
 * demo sends live from where they end (as an archive, through the same importer) and the inbox's paperwork.
 */
class DemoOneFloorTest {

    private static final FloorPlan PLAN = SmallPlan.plan();
    private static final DemoTimeline TIMELINE = DemoTimeline.of(PLAN, Instant.parse("2026-11-05T12:00:00Z"), 1,
            ControlRoom.DEMO_WARM_UP);
    private static final Instant LIVE_FROM = TIMELINE.liveFrom();
    private static final Instant LIVE_END = LIVE_FROM.plus(Duration.ofDays(1));
    /** Events held back by the simulated bus arrive up to 2 h late: what is older is all there. */
    private static final Instant SETTLED = LIVE_END.minus(Duration.ofHours(2));

    @TempDir
    static Path dir;
    private static FloorStore store;

    @BeforeAll
    static void historyThenADayLive() throws IOException {
        store = FloorStore.open(dir.resolve("data"));
        FileImporter importer = new FileImporter(PLAN, store.writer());
        new DemoHistory(dir, PLAN, 1, LIVE_FROM).write().forEach(importer::importFile);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        DemoPaperwork paperwork = new DemoPaperwork(inbox, PLAN, TIMELINE);
        MessageStream live = new MessageStream(PLAN, ControlRoom.DEMO_SEED, TIMELINE.historyStart(), Topics.DEFAULT,
                true);
        live.skipTo(LIVE_FROM);
        Path sent = dir.resolve("live.jsonl");
        try (Writer archive = Files.newBufferedWriter(sent, StandardCharsets.UTF_8)) {
            for (Outgoing next = live.next(); next.sendAt().isBefore(LIVE_END); next = live.next()) {
                paperwork.opened(live.workOrders());
                paperwork.writeUpTo(next.sendAt());
                archive.write(next.message().value() + "\n");
            }
        }
        importer.importFile(sent);
        importer.importFile(inbox.resolve(DemoPaperwork.MAINTENANCE_LOG));
        importer.importFile(inbox.resolve(DemoPaperwork.CLOCK_INS));
        importer.importFile(inbox.resolve(DemoPaperwork.TASKS));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theTimelineOpensTwoHoursIntoTheDayBeforeTheWallClocksAfterADayOfHistory() {
        assertThat(TIMELINE.floorDay()).hasToString("2026-11-04");
        assertThat(TIMELINE.historyStart()).isEqualTo(Instant.parse("2026-11-03T06:00:00Z"));
        assertThat(LIVE_FROM).isEqualTo(Instant.parse("2026-11-04T06:00:00Z"));
        assertThat(TIMELINE.opensAt()).isEqualTo(Instant.parse("2026-11-04T08:00:00Z"));
    }

    @Test
    void everyPartTheHistoryLeavesOnTheFloorMovesOnLiveFromWhereItWas() throws SQLException {
        // parts on the floor when the live stream takes over: their last move before it, into a station holding WIP
        String leftOnFloor = """
                SELECT part, arg_max(to_station, ts) AS station FROM moves WHERE ts < make_timestamp(%d)
                GROUP BY part HAVING station NOT IN ('OUT', 'BIN')""".formatted(UtcMicros.of(LIVE_FROM));
        long onFloor = count("SELECT count(*) FROM (" + leftOnFloor + ")");
        long wipAtBoundary = count("""
                SELECT sum(CASE WHEN to_station NOT IN ('OUT', 'BIN') THEN 1 ELSE 0 END)
                     - sum(CASE WHEN from_station IS NOT NULL THEN 1 ELSE 0 END)
                FROM moves WHERE ts < make_timestamp(%d)""".formatted(UtcMicros.of(LIVE_FROM)));
        // the first live move of each of them leaves the station the history left it in
        long pickedUp = count("""
                WITH left_on AS (%s),
                     first_live AS (SELECT part, arg_min(from_station, ts) AS station FROM moves
                                    WHERE ts >= make_timestamp(%d) GROUP BY part)
                SELECT count(*) FROM left_on JOIN first_live USING (part) WHERE left_on.station = first_live.station"""
                .formatted(leftOnFloor, UtcMicros.of(LIVE_FROM)));
        long gone = count("""
                WITH left_on AS (%s)
                SELECT count(DISTINCT part) FROM moves WHERE part IN (SELECT part FROM left_on)
                  AND to_station IN ('OUT', 'BIN') AND ts < make_timestamp(%d)"""
                .formatted(leftOnFloor, UtcMicros.of(SETTLED)));

        assertThat(onFloor).as("a busy floor at the boundary").isGreaterThan(30).isEqualTo(wipAtBoundary);
        assertThat(pickedUp).isEqualTo(onFloor);
        assertThat(gone).as("no part of the history stays on the floor").isEqualTo(onFloor);
    }

    @Test
    void noLiveMoveComesFromAPartTheFloorNeverHad() throws SQLException {
        // every settled move of a part follows its previous move: from where that one went
        long broken = count("""
                WITH chained AS (SELECT from_station, lag(to_station) OVER (PARTITION BY part ORDER BY ts, id) AS was, ts
                                 FROM moves)
                SELECT count(*) FROM chained WHERE from_station IS DISTINCT FROM was AND ts < make_timestamp(%d)"""
                .formatted(UtcMicros.of(SETTLED)));

        assertThat(broken).isZero();
        assertThat(count("SELECT count(*) FROM moves WHERE ts >= make_timestamp(%d)".formatted(UtcMicros.of(LIVE_FROM))))
                .isGreaterThan(5000);
    }

    @Test
    void noMachineIsDownAndBusyAndEveryStoppageEndsWhenItsMachineRunsAgain() throws SQLException {
        // a move out of a machine's station while its work order is open (resolved, or open to the live day's end)
        long busyWhileDown = count("""
                SELECT count(*) FROM work_orders w
                JOIN moves m ON m.from_station = CASE w.machine WHEN 'M-PRESS' THEN 'PRESS' ELSE 'CHECK' END
                WHERE m.ts >= w.reported AND m.ts < coalesce(w.resolved, make_timestamp(%d))"""
                .formatted(UtcMicros.of(LIVE_END)));
        long orders = count("SELECT count(*) FROM work_orders");
        long stillOpen = count("SELECT count(*) FROM work_orders WHERE resolved IS NULL AND reported < make_timestamp(%d)"
                .formatted(UtcMicros.of(LIVE_END.minus(Duration.ofHours(7)))));

        assertThat(orders).as("stoppages in two days").isPositive();
        assertThat(busyWhileDown).isZero();
        assertThat(stillOpen).as("each resolved when its machine runs again, at most 6 h 20 min on").isZero();
    }

    @Test
    void theHistorysStaffClockInForTheLiveDayAndLogTheirTasksOnceEachShiftIsHandedIn() throws SQLException {
        String liveDay = "DATE '" + TIMELINE.floorDay() + "'";
        long liveRows = count("SELECT count(*) FROM clock_ins WHERE day = " + liveDay);
        long strangers = count("""
                SELECT count(*) FROM clock_ins l WHERE l.day = %s AND NOT EXISTS (SELECT 1 FROM clock_ins h
                    WHERE h.day < l.day AND h.employee_id = l.employee_id AND h.name = l.name AND h.shift = l.shift)"""
                .formatted(liveDay));
        long shiftsHandedIn = count("SELECT count(DISTINCT shift) FROM clock_ins WHERE day = " + liveDay);
        long liveTasks = count("SELECT count(*) FROM task_log WHERE start_ts >= make_timestamp(%d)"
                .formatted(UtcMicros.of(LIVE_FROM)));
        long tasksOfNobody = count("""
                SELECT count(*) FROM task_log t WHERE t.start_ts >= make_timestamp(%d) AND NOT EXISTS (
                    SELECT 1 FROM clock_ins c WHERE c.day = %s AND c.employee_id = t.employee_id AND c.clock_in IS NOT NULL)"""
                .formatted(UtcMicros.of(LIVE_FROM), liveDay));

        assertThat(liveRows).isPositive();
        assertThat(strangers).as("the same people on the same shifts as in the history").isZero();
        assertThat(shiftsHandedIn).as("every shift over by the live day's end, less the last (handed in after it)")
                .isEqualTo(PLAN.shifts().size() - 1);
        assertThat(liveTasks).isPositive();
        assertThat(tasksOfNobody).isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = store.newReadConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values.get(0);
        }
    }
}
