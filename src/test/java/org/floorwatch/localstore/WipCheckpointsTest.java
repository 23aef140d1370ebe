package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.report.StationWip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's WIP checkpoints against the moves counted by hand: whatever order and batches the moves come in
 * (days late, before the first checkpoint, after the last, duplicates), every checkpoint holds the moves before its
 * midnight, and WIP read through them equals WIP counted over all history.
 */
class WipCheckpointsTest {

    private static final Instant DAY0 = Instant.parse("2026-10-20T00:00:00Z");
    private static final List<String> STATIONS = List.of("A", "B", "C");

    @TempDir
    Path dataDir;

    @Test
    void aCheckpointAtEachMidnightFromTheFirstAfterTheEarliestMoveToTheFirstAfterTheLatest() throws SQLException {
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            store.writer().write(IngestBatch.of(List.of(move("m1", "2026-10-21T10:00:00Z", null, "A"))));
            assertThat(checkpoints(connection)).isEqualTo(Map.of("2026-10-22T00:00:00Z A", 1L));

            // exactly on a midnight: counted from the next one on
            store.writer().write(IngestBatch.of(List.of(move("m2", "2026-10-23T00:00:00Z", "A", "B"))));
            assertThat(checkpoints(connection)).isEqualTo(Map.of("2026-10-22T00:00:00Z A", 1L,
                    "2026-10-23T00:00:00Z A", 1L, "2026-10-24T00:00:00Z B", 1L));

            // two days late, before the first checkpoint: the earlier ones are made, the later ones updated
            store.writer().write(IngestBatch.of(List.of(move("m3", "2026-10-19T23:59:59Z", null, "C"))));
            assertThat(checkpoints(connection)).isEqualTo(Map.ofEntries(
                    Map.entry("2026-10-20T00:00:00Z C", 1L), Map.entry("2026-10-21T00:00:00Z C", 1L),
                    Map.entry("2026-10-22T00:00:00Z A", 1L), Map.entry("2026-10-22T00:00:00Z C", 1L),
                    Map.entry("2026-10-23T00:00:00Z A", 1L), Map.entry("2026-10-23T00:00:00Z C", 1L),
                    Map.entry("2026-10-24T00:00:00Z B", 1L),
                    Map.entry("2026-10-24T00:00:00Z C", 1L)));
        }
    }

    @Test
    void wipReadThroughTheCheckpointsEqualsWipCountedOverAllHistory() throws SQLException {
        List<FloorEvent> moves = randomMoves(new Random(11), 3_000, 12);
        List<FloorEvent> shuffled = new ArrayList<>(moves);
        Collections.shuffle(shuffled, new Random(3));
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            Random sizes = new Random(5);
            for (int from = 0; from < shuffled.size(); ) {
                int to = Math.min(shuffled.size(), from + 1 + sizes.nextInt(400));
                List<FloorEvent> batch = new ArrayList<>(shuffled.subList(from, to));
                batch.add(moves.get(sizes.nextInt(moves.size()))); // a copy of a move, maybe stored already
                store.writer().write(IngestBatch.of(batch));
                from = to;
            }
            Random instants = new Random(9);
            for (int i = 0; i < 60; i++) {
                Instant at = DAY0.minus(Duration.ofHours(30)).plusSeconds(instants.nextInt(15 * 86_400));
                assertThat(nonZero(StationWip.at(connection, at))).as("at " + at).isEqualTo(counted(moves, at, false));
                assertThat(nonZero(StationWip.atOrBefore(connection, at))).as("at or before " + at)
                        .isEqualTo(counted(moves, at, true));
            }
            Map<String, Long> incremental = checkpoints(connection);
            store.writer().submitWork("refill", c -> {
                try (Statement sql = c.createStatement()) {
                    sql.execute("DELETE FROM wip_checkpoints");
                    sql.execute(WipCheckpoints.FILL_FROM_ALL_MOVES);
                }
                return null;
            }).join();
            assertThat(checkpoints(connection)).as("the schema step's fill from all moves").isEqualTo(incremental);
        }
    }

    @Test
    void meanWipFromACheckpointLargerThanAnEpochTimesItFitsIn64Bits() throws SQLException {
        // an exit station holds every part ever shipped: 6,000 times a 2026 instant in microseconds is past 2^63
        List<FloorEvent> shipped = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            shipped.add(new PartMove("x" + i, DAY0.plusSeconds(36_000 + i), "P-" + i, "T", null, "EXIT", null));
        }
        shipped.add(move("late", "2026-10-21T07:00:00Z", null, "EXIT"));
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            store.writer().write(IngestBatch.of(shipped));
            Map<String, Double> mean = StationWip.average(connection, Instant.parse("2026-10-21T06:00:00Z"),
                    Instant.parse("2026-10-21T08:00:00Z"));
            assertThat(mean).containsEntry("EXIT", 6_000.5);
        }
    }

    /** Moves of parts walking A > B > C over {@code days} days, a few before DAY0, with errors now and then. */
    private static List<FloorEvent> randomMoves(Random random, int parts, int days) {
        List<FloorEvent> moves = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            Instant t = DAY0.minus(Duration.ofHours(20)).plusSeconds(random.nextInt(days * 86_400));
            String at = null;
            for (String next : STATIONS) {
                moves.add(new PartMove("p" + p + next, t, "P" + p, "T", at, next, random.nextInt(9) == 0 ? "E" : null));
                at = next;
                t = t.plusSeconds(random.nextInt(40_000));
                if (random.nextInt(4) == 0) {
                    break;
                }
            }
        }
        return moves;
    }

    private static Map<String, Long> counted(List<FloorEvent> moves, Instant at, boolean including) {
        Map<String, Long> wip = new TreeMap<>();
        for (FloorEvent event : moves) {
            PartMove move = (PartMove) event;
            if (move.ts().isBefore(at) || including && move.ts().equals(at)) {
                wip.merge(move.to(), 1L, Long::sum);
                if (move.from() != null) {
                    wip.merge(move.from(), -1L, Long::sum);
                }
            }
        }
        return nonZero(wip);
    }

    private static Map<String, Long> nonZero(Map<String, Long> wip) {
        Map<String, Long> kept = new TreeMap<>(wip);
        kept.values().removeIf(w -> w == 0);
        return kept;
    }

    /** The checkpoints' rows other than zero (a row of 0 and no row mean the same). */
    private static Map<String, Long> checkpoints(Connection connection) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT epoch_us(midnight), station, wip FROM wip_checkpoints WHERE wip <> 0")) {
            while (rs.next()) {
                rows.put(UtcMicros.toInstant(rs.getLong(1)) + " " + rs.getString(2), rs.getLong(3));
            }
        }
        return rows;
    }

    private static PartMove move(String id, String ts, String from, String to) {
        return new PartMove(id, Instant.parse(ts), "P-" + id, "T", from, to, null);
    }
}
