package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.UtcMicros;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures that reach back before their period (lead time, cycle times, first-pass yield) read the moves from the
 * writer's part spans on, not from all history: they must equal the same figures counted by hand over every move,
 * whatever order and batches the moves came in, and again after moves days older than their parts' first stored move.
 */
class PartHistoryTest {

    private static final Instant DAY0 = Instant.parse("2026-11-02T06:00:00Z");
    private static final int DAYS = 6;

    @TempDir
    Path dataDir;

    private final FloorPlan plan = SmallPlan.plan();
    private final ProductionCalendar calendar = ProductionCalendar.of(plan);

    @Test
    void figuresFromThePartSpansEqualFiguresOverAllHistoryAlsoAfterLateMoves() throws SQLException {
        Random random = new Random(17);
        List<PartMove> moves = randomMoves(random, 600);
        List<PartMove> shuffled = new ArrayList<>(moves);
        Collections.shuffle(shuffled, random);
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            for (int from = 0; from < shuffled.size(); ) {
                int to = Math.min(shuffled.size(), from + 1 + random.nextInt(300));
                store.writer().write(IngestBatch.of(List.copyOf(shuffled.subList(from, to))));
                from = to;
            }
            assertSameAsAllHistory(connection, moves);
            assertThat(spans(connection)).isEqualTo(spansByHand(moves));

            // a part first stored leaving the press, then its entry three days earlier; and an inspection of a part
            // inspected on day 4, failed two days before it, so day 4 is no longer its first
            Instant day4 = DAY0.plus(Duration.ofDays(4));
            List<PartMove> late = List.of(
                    move("late-1", day4.plusSeconds(3_600), "LATE", "PRESS", "CHECK", null),
                    move("late-2", day4.plusSeconds(7_200), "LATE", "CHECK", "OUT", null));
            store.writer().write(IngestBatch.of(List.copyOf(late)));
            moves.addAll(late);
            assertSameAsAllHistory(connection, moves);
            Double leadBefore = lead(connection, day4);
            Double yieldBefore = firstPassYield(connection, day4);

            PartMove inspected = moves.stream().filter(m -> "CHECK".equals(m.from()) && m.error() == null
                    && !m.ts().isBefore(day4) && m.ts().isBefore(day4.plus(Duration.ofDays(1)))).findFirst().orElseThrow();
            List<PartMove> older = List.of(
                    move("older-1", day4.minus(Duration.ofDays(3)), "LATE", null, "PRESS", null),
                    move("older-2", inspected.ts().minus(Duration.ofDays(2)), inspected.part(), "CHECK", "FIX", "E1"));
            store.writer().write(IngestBatch.of(List.copyOf(older)));
            moves.addAll(older);
            assertSameAsAllHistory(connection, moves);
            assertThat(lead(connection, day4)).isNotEqualTo(leadBefore);
            assertThat(firstPassYield(connection, day4)).isNotEqualTo(yieldBefore);
            assertThat(spans(connection)).isEqualTo(spansByHand(moves));
        }
    }

    private void assertSameAsAllHistory(Connection connection, List<PartMove> moves) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = LocalDate.of(2026, 11, 2).plusDays(day);
            periods.add(new LocalDate[] {date, date});
        }
        periods.add(new LocalDate[] {LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4)});
        periods.add(new LocalDate[] {LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8)});
        for (LocalDate[] days : periods) {
            ReportPeriod period = ReportPeriod.of(days[0], days[1], calendar);
            ProductionReport production = (ProductionReport) ReportKind.PRODUCTION.compute(connection, plan, period);
            QualityReport quality = (QualityReport) ReportKind.QUALITY.compute(connection, plan, period);
            ByHand byHand = new ByHand(moves, period.start(), period.end());
            String what = days[0] + ".." + days[1];
            assertClose(production.totals().avgLeadTimeMin(), byHand.leadTimeMinutes(), what + " lead time");
            for (ProductionReport.StationRow row : production.byStation()) {
                assertClose(row.avgCycleS(), byHand.cycleSeconds(row.station()), what + " cycle at " + row.station());
            }
            assertClose(quality.totals().firstPassYield(), byHand.firstPassYield(), what + " first-pass yield");
        }
    }

    private static void assertClose(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull().isCloseTo(expected, within(Math.abs(expected) * 1e-12));
        }
    }

    /** The contract's figures counted over every move. */
    private record ByHand(List<PartMove> moves, Map<String, List<PartMove>> byPart, Instant from, Instant to) {

        ByHand(List<PartMove> moves, Instant from, Instant to) {
            this(moves, moves.stream().collect(java.util.stream.Collectors.groupingBy(PartMove::part)), from, to);
        }

        private boolean inPeriod(PartMove move) {
            return !move.ts().isBefore(from) && move.ts().isBefore(to);
        }

        /** The latest move of the part matching {@code into} at or before {@code at}. */
        private Instant latest(String part, Instant at, java.util.function.Predicate<PartMove> into) {
            return byPart.get(part).stream().filter(m -> !m.ts().isAfter(at) && into.test(m))
                    .map(PartMove::ts).max(Instant::compareTo).orElse(null);
        }

        Double leadTimeMinutes() {
            return mean(moves.stream().filter(m -> inPeriod(m) && "OUT".equals(m.to()))
                    .map(m -> span(latest(m.part(), m.ts(), e -> e.from() == null), m.ts())).toList(), 60e6);
        }

        Double cycleSeconds(String station) {
            return mean(moves.stream().filter(m -> inPeriod(m) && station.equals(m.from()))
                    .map(m -> span(latest(m.part(), m.ts(), e -> station.equals(e.to())), m.ts())).toList(), 1e6);
        }

        Double firstPassYield() {
            Map<String, PartMove> first = new HashMap<>();
            moves.stream().filter(m -> "CHECK".equals(m.from()))
                    .forEach(m -> first.merge(m.part(), m, (a, b) -> a.ts().isBefore(b.ts()) ? a : b));
            List<PartMove> firsts = first.values().stream().filter(this::inPeriod).toList();
            return firsts.isEmpty() ? null
                    : firsts.stream().filter(m -> m.error() == null).count() / (double) firsts.size();
        }

        private static Long span(Instant start, Instant end) {
            return start == null ? null : UtcMicros.of(end) - UtcMicros.of(start);
        }

        private static Double mean(List<Long> micros, double unit) {
            List<Long> known = micros.stream().filter(m -> m != null).toList();
            return known.isEmpty() ? null : known.stream().mapToLong(Long::longValue).sum() / (double) known.size() / unit;
        }
    }

    private Double lead(Connection connection, Instant day) {
        LocalDate date = calendar.productionDay(day);
        return ((ProductionReport) ReportKind.PRODUCTION.compute(connection, plan, ReportPeriod.day(date, calendar)))
                .totals().avgLeadTimeMin();
    }

    private Double firstPassYield(Connection connection, Instant day) {
        LocalDate date = calendar.productionDay(day);
        return ((QualityReport) ReportKind.QUALITY.compute(connection, plan, ReportPeriod.day(date, calendar)))
                .totals().firstPassYield();
    }

    /**
     * Parts walking IN > PRESS > CHECK, then OUT, BIN, or FIX and CHECK again, over {@code DAYS} days from a few hours
     * before the first; every tenth part is first seen leaving the press (no entry, no move in stored). Each part's
     * moves are at distinct instants, a few minutes to a few hours apart, so some cross production days.
     */
    private static List<PartMove> randomMoves(Random random, int parts) {
        List<PartMove> moves = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            String part = "P" + p;
            Instant t = DAY0.minus(Duration.ofHours(5)).plusSeconds(random.nextInt(DAYS * 86_400));
            List<String> route = new ArrayList<>(p % 10 == 0 ? List.of("PRESS", "CHECK") : List.of("IN", "PRESS", "CHECK"));
            while (random.nextInt(3) == 0) {
                route.addAll(List.of("FIX", "CHECK"));
            }
            route.add(random.nextInt(8) == 0 ? "BIN" : "OUT");
            String at = p % 10 == 0 ? route.remove(0) : null;
            for (String next : route) {
                String error = "CHECK".equals(at) && !"OUT".equals(next) ? "E" + random.nextInt(3) : null;
                moves.add(move(part + "-" + moves.size(), t, part, at, next, error));
                at = next;
                t = t.plusSeconds(60 + random.nextInt(random.nextInt(5) == 0 ? 30_000 : 3_000));
            }
        }
        return moves;
    }

    private static PartMove move(String id, Instant ts, String part, String from, String to, String error) {
        return new PartMove(id, ts, part, "WIDGET", from, to, error);
    }

    private static Map<String, String> spansByHand(List<PartMove> moves) {
        Map<String, Instant[]> spans = new TreeMap<>();
        for (PartMove move : moves) {
            Instant[] span = spans.computeIfAbsent(move.part(), p -> new Instant[] {move.ts(), move.ts()});
            span[0] = span[0].isBefore(move.ts()) ? span[0] : move.ts();
            span[1] = span[1].isAfter(move.ts()) ? span[1] : move.ts();
        }
        Map<String, String> text = new TreeMap<>();
        spans.forEach((part, span) -> text.put(part, span[0] + " " + span[1]));
        return text;
    }

    private static Map<String, String> spans(Connection connection) throws SQLException {
        Map<String, String> text = new TreeMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT part, epoch_us(first_ts), epoch_us(last_ts) FROM part_spans")) {
            while (rs.next()) {
                text.put(rs.getString(1), UtcMicros.toInstant(rs.getLong(2)) + " " + UtcMicros.toInstant(rs.getLong(3)));
            }
        }
        return text;
    }
}
