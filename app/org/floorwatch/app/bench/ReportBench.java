package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.simulator.FactorySimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.localstore.report.ReportPeriod;

/**
 * Report latency on a store of history: a copy of the 90-day store named by {@value NinetyDayStore#STORE_PROPERTY},
 * else one holding {@code days} production days of simulated history (moves and energy samples from
 * {@link FactorySimulator}; clock-ins, tasks, energy reports and work orders as synthetic rows): each report over
 * the last day and over all the days, the median of a few runs after one warm-up.
 */
final class ReportBench {

    private static final int RUNS = 5;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 1);
    private static final int BATCH = 50_000;

    private final FloorPlan plan;
    private final int days;
    private final PrintWriter out;

    ReportBench(FloorPlan plan, int days, PrintWriter out) {
        this.plan = plan;
        this.days = days;
        this.out = out;
    }

    /**
     * On a copy of the store named by {@value NinetyDayStore#STORE_PROPERTY} when given, else on the generated one;
     * the periods are the store's last production day and all its days.
     */
    List<BenchFigure> run(Path workDir) throws Exception {
        ProductionCalendar calendar = ProductionCalendar.of(plan);
        List<BenchFigure> figures = new ArrayList<>();
        Files.createDirectories(workDir);
        Path dataDir = new NinetyDayStore(plan, days, out, "reports").prepare(workDir.resolve("store90-copy"),
                workDir.resolve("store"));
        try (FloorStore store = FloorStore.open(dataDir); Connection connection = store.newReadConnection()) {
            LocalDate first;
            LocalDate last;
            try (Statement sql = connection.createStatement();
                 ResultSet span = sql.executeQuery("SELECT epoch_us(min(ts)), epoch_us(max(ts)) FROM moves")) {
                span.next();
                first = calendar.productionDay(UtcMicros.toInstant(span.getLong(1)));
                last = calendar.productionDay(UtcMicros.toInstant(span.getLong(2)));
            }
            long stored = ChronoUnit.DAYS.between(first, last) + 1;
            out.printf(Locale.ROOT, "reports: %s to %s (%d days)%n", first, last, stored);
            for (ReportKind kind : ReportKind.values()) {
                double oneDay = medianMillis(connection, kind, ReportPeriod.day(last, calendar));
                double all = medianMillis(connection, kind, ReportPeriod.of(first, last, calendar));
                out.printf(Locale.ROOT, "  %-10s 1 day %8.1f ms   %d days %8.1f ms%n", kind.word(), oneDay,
                        stored, all);
                figures.add(new BenchFigure("report." + kind.word() + ".1d_ms", oneDay, "ms"));
                figures.add(new BenchFigure("report." + kind.word() + "." + stored + "d_ms", all, "ms"));
            }
        }
        return figures;
    }

    /**
     * A store in {@code dataDir} holding the same history, for the benches that need a long-running site; with the
     * heat readings too when {@code withHeat}.
     */
    void fillStore(Path dataDir, boolean withHeat) {
        try (FloorStore store = FloorStore.open(dataDir)) {
            fill(store, ProductionCalendar.of(plan), FIRST_DAY, FIRST_DAY.plusDays(days - 1L), withHeat);
        }
    }

    private double medianMillis(Connection connection, ReportKind kind, ReportPeriod period) {
        kind.compute(connection, plan, period);
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            kind.compute(connection, plan, period);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    /** Simulated events day by day (heat readings only {@code withHeat}: no report reads them), then the file-source rows. */
    private void fill(FloorStore store, ProductionCalendar calendar, LocalDate first, LocalDate last, boolean withHeat) {
        Instant start = calendar.dayStart(first);
        FactorySimulator simulator = new FactorySimulator(plan, 7, start);
        long moves = 0;
        long began = System.nanoTime();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<FloorEvent> events = simulator.advanceTo(calendar.dayEnd(day)).stream()
                    .filter(event -> withHeat || !(event instanceof HeatReading)).toList();
            for (int from = 0; from < events.size(); from += BATCH) {
                store.writer().write(IngestBatch.of(events.subList(from, Math.min(events.size(), from + BATCH))));
            }
            moves += events.stream().filter(e -> e instanceof PartMove).count();
        }
        store.writer().submitWork("synthetic file sources", connection -> {
            try (Statement sql = connection.createStatement()) {
                for (String statement : fileSources(first, last)) {
                    sql.execute(statement);
                }
            }
            return null;
        }).join();
        out.printf(Locale.ROOT, "reports: store filled with %,d moves in %.1f s%n", moves,
                (System.nanoTime() - began) / 1e9);
    }

    /** 120 workers on three shifts with four tasks each, an energy report for every other day, a work order a day. */
    private List<String> fileSources(LocalDate first, LocalDate last) {
        String days = "range(DATE '" + first + "', DATE '" + last.plusDays(1) + "', INTERVAL 1 DAY) d(day)";
        String machines = "(VALUES " + String.join(", ", plan.machines().stream()
                .map(m -> "('" + m.id().replace("'", "''") + "')").toList()) + ") m(machine)";
        return List.of("""
                INSERT INTO clock_ins SELECT 'E' || w, day::DATE, ['A','B','C'][w %% 3 + 1], 'Worker ' || w,
                    '%s', CASE WHEN w %% 17 = 0 THEN 'Absent' WHEN w %% 11 = 0 THEN 'Late' ELSE 'Present' END,
                    CASE WHEN w %% 17 = 0 THEN 'Sick' END, day + INTERVAL (6 + 8 * (w %% 3)) HOUR,
                    day + INTERVAL (14 + 8 * (w %% 3)) HOUR, 'bench', 0
                FROM %s, range(120) r(w)""".formatted(plan.departments().get(0).id(), days),
                """
                INSERT INTO task_log SELECT 'E' || w, day + INTERVAL (6 + 8 * (w %% 3) + 2 * t) HOUR,
                    day + INTERVAL (7 + 8 * (w %% 3) + 2 * t) HOUR, 'Task ' || t, NULL, 'bench', 0
                FROM %s, range(120) r(w), range(4) s(t)""".formatted(days),
                """
                INSERT INTO energy_reports SELECT day::DATE, machine, 400.0, 50.0, 'bench', 0
                FROM %s, %s WHERE dayofmonth(day) %% 2 = 0""".formatted(days, machines),
                """
                INSERT INTO work_orders SELECT 'WO' || row_number() OVER (), machine, 'fault', 'low',
                    day + INTERVAL 9 HOUR, NULL, day + INTERVAL 11 HOUR, 'tech', 'bench', 0
                FROM %s, %s WHERE hash(day, machine) %% 12 = 0""".formatted(days, machines));
    }
}
