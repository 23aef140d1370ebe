package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;
import org.floorwatch.views.export.WorkbookExporter;

/**
 * Excel export of a million raw moves (time, part, station, cycle time, parts): seconds taken and the peak live
 * heap, beside the heap the report document itself occupies, which is what the export adds to.
 */
final class ExportBench {

    static final int ROWS = 1_000_000;
    private static final long MB = 1 << 20;

    private final PrintWriter out;

    ExportBench(PrintWriter out) {
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        out.printf(Locale.ROOT, "export: building a %,d-row report...%n", ROWS);
        out.flush();
        ReportDocument doc = millionMoves();
        long before = HeapWatch.liveHeapNow();
        Path file = Files.createDirectories(workDir).resolve("moves.xlsx");
        double seconds;
        long peak;
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            new WorkbookExporter().write(doc, file);
            seconds = (System.nanoTime() - start) / 1e9;
            peak = heap.peakBytes();
        }
        out.printf(Locale.ROOT, "%-44s %,14.2f s%n", "export of 1,000,000 rows to .xlsx", seconds);
        out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "workbook file", Files.size(file) / (double) MB);
        out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "live heap: the report document", before / (double) MB);
        out.printf(Locale.ROOT, "%-44s %,14.0f MB%n", "live heap: peak during export", peak / (double) MB);
        return List.of(new BenchFigure("export.1m_rows_s", seconds, "s"),
                new BenchFigure("export.peak_heap_mb", peak / (double) MB, "MB"),
                new BenchFigure("export.heap_above_document_mb", Math.max(0, peak - before) / (double) MB, "MB"));
    }

    private static ReportDocument millionMoves() {
        List<List<Object>> rows = new ArrayList<>(ROWS);
        LocalDateTime start = LocalDateTime.of(2026, 3, 1, 6, 0);
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of(start.plusSeconds(i * 3L), "P-" + (1_000_000 + i / 8), "ST-" + (i % 24),
                    30.0 + i % 97 * 0.5, (long) (1 + i % 3)));
        }
        Table moves = new Table("Moves", List.of(Column.of("Time", "", ColumnType.DATE_TIME),
                Column.of("Part", "", ColumnType.TEXT), Column.of("Station", "", ColumnType.TEXT),
                Column.of("Cycle time", "s", ColumnType.DECIMAL), Column.of("Parts", "parts", ColumnType.INTEGER)),
                rows, null);
        return new ReportDocument("Raw moves", "Bench site", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                "UTC", Instant.now(), List.of(moves));
    }
}
