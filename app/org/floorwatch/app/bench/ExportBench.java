package org.floorwatch.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.MoveRows;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.export.WorkbookExporter;

/**
 * Excel export of raw moves read from the store as the workbook is written, the path of {@code export moves}: a store
 * of 1,000,000 moves over 30 production days exported in this process (seconds, and the peak heap still in use after
 * a collection), then a store of 10,000,000 moves over 300 days exported by {@code export moves} in a child JVM held
 * to a 256 MB heap (whether it finished, its seconds, and the peak heap after a collection from its GC log).
 */
final class ExportBench {

    static final int ROWS = 1_000_000;
    static final int BIG_ROWS = 10_000_000;
    static final int HEAP_LIMIT_MB = 256;
    private static final long MB = 1 << 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

    private final FloorPlan plan;
    private final PrintWriter out;

    ExportBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        List<BenchFigure> figures = new ArrayList<>();
        ReportPeriod month = period(30);
        Path small = fill(workDir.resolve("store-1m"), ROWS, month);
        Path file = workDir.resolve("moves-1m.xlsx");
        double seconds;
        long peak;
        try (FloorStore store = FloorStore.open(small)) {
            long before = HeapWatch.liveHeapNow();
            try (HeapWatch heap = new HeapWatch()) {
                long start = System.nanoTime();
                new WorkbookExporter().write(MoveRows.document(plan, month, store::newReadConnection, Instant.now()),
                        file);
                seconds = (System.nanoTime() - start) / 1e9;
                peak = heap.peakBytes();
            }
            out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "live heap before the export", before / (double) MB);
        }
        out.printf(Locale.ROOT, "%-44s %,14.2f s%n", "export of 1,000,000 moves to .xlsx", seconds);
        out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "workbook file", Files.size(file) / (double) MB);
        out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "live heap: peak during export", peak / (double) MB);
        figures.add(new BenchFigure("export.1m_rows_s", seconds, "s"));
        figures.add(new BenchFigure("export.peak_heap_mb", peak / (double) MB, "MB"));
        Files.delete(file);
        figures.addAll(tenMillion(workDir));
        return figures;
    }

    /** {@code export moves} of 10 M moves in a JVM of {@value #HEAP_LIMIT_MB} MB heap. */
    private List<BenchFigure> tenMillion(Path workDir) throws Exception {
        ReportPeriod days = period(300);
        Path big = fill(workDir.resolve("store-10m"), BIG_ROWS, days);
        Path file = workDir.resolve("moves-10m.xlsx");
        Path gcLog = workDir.resolve("gc-10m.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_LIMIT_MB + "m", "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "org.floorwatch.app.Main", "export", "moves", "--from", days.from().toString(),
                "--to", days.to().toString(), "--data", big.toString(), "--xlsx", file.toString());
        out.printf(Locale.ROOT, "export: 10,000,000 moves by 'export moves' in a JVM with -Xmx%dm...%n", HEAP_LIMIT_MB);
        out.flush();
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said;
        try (var stream = child.getInputStream()) {
            said = new String(stream.readAllBytes()).strip();
        }
        int exit = child.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double peakMb = GcLog.peakAfterCollectionMb(gcLog);
        boolean finished = exit == 0 && Files.isRegularFile(file);
        out.printf(Locale.ROOT, "  %s (exit %d)%n", said.lines().collect(Collectors.joining(" / ")), exit);
        out.printf(Locale.ROOT, "%-44s %14s%n", "10,000,000 moves within " + HEAP_LIMIT_MB + " MB", finished
                ? "finished" : "FAILED");
        out.printf(Locale.ROOT, "%-44s %,14.1f s%n", "export of 10,000,000 moves (with JVM start)", seconds);
        if (finished) {
            out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "workbook file", Files.size(file) / (double) MB);
            Files.delete(file);
        }
        out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "live heap: peak after a collection", peakMb);
        return List.of(new BenchFigure("export.10m_rows_finished", finished ? 1 : 0, "bool"),
                new BenchFigure("export.10m_rows_s", seconds, "s"),
                new BenchFigure("export.10m_rows_peak_heap_mb", finished ? peakMb : Double.NaN, "MB"));
    }

    private ReportPeriod period(int days) {
        return ReportPeriod.of(FIRST_DAY, FIRST_DAY.plusDays(days - 1L), ProductionCalendar.of(plan));
    }

    /**
     * A store whose moves table holds {@code rows} moves spread evenly over the period, written with one SQL
     * statement (the writer's checks and checkpoints are not what is measured here; the export reads moves alone).
     */
    private Path fill(Path data, long rows, ReportPeriod period) throws SQLException, IOException {
        out.printf(Locale.ROOT, "export: a store of %,d moves...%n", rows);
        out.flush();
        Files.createDirectories(data);
        try (FloorStore store = FloorStore.open(data)) {
            store.writer(); // the schema is made on open
        }
        long startMicros = period.start().toEpochMilli() * 1000;
        long step = (period.end().toEpochMilli() - period.start().toEpochMilli()) * 1000 / rows;
        String stations = plan.stations().stream().map(s -> "'" + s.id().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(FloorStore.FILE_NAME));
             PreparedStatement insert = connection.prepareStatement("INSERT INTO moves SELECT 'm-' || i,"
                     + " make_timestamp(?::BIGINT + i * ?::BIGINT), 'P-' || (1000000 + i // 12),"
                     + " CASE WHEN i % 3 = 0 THEN 'CPU-X2' ELSE 'CPU-X1' END,"
                     + " CASE WHEN i % 12 = 0 THEN NULL ELSE s[(i % len(s)) + 1] END, s[((i + 1) % len(s)) + 1],"
                     + " CASE WHEN i % 40 = 0 THEN 'E' || (i % 7) END, i"
                     + " FROM range(?::BIGINT) r(i), (SELECT " + stations + " AS s)")) {
            insert.setLong(1, startMicros);
            insert.setLong(2, step);
            insert.setLong(3, rows);
            insert.executeUpdate();
        }
        return data;
    }
}
