package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets for the figures that have one, and the summary table that sets each figure beside its target. */
final class BenchTargets {

    /** A bound on the figures whose name starts with {@code prefix} and ends with {@code suffix}. */
    private record Target(String prefix, String suffix, double bound, boolean atLeast) {

        boolean covers(String name) {
            return name.startsWith(prefix) && name.endsWith(suffix);
        }

        boolean met(double value) {
            return atLeast ? value >= bound : value <= bound;
        }

        String text(String unit) {
            return String.format(Locale.ROOT, "%s %s %s", atLeast ? ">=" : "<=", format(bound), unit);
        }
    }

    private static final List<Target> TARGETS = List.of(
            new Target("ingest.ratio_vs_decode", "", 0.60, true),
            new Target("ingest.events_per_s", "", 400_000, true),
            new Target("ingest.ratio_vs_naive", "", 20, true),
            new Target("import.ratio_vs_read_json", "", 0.5, true),
            new Target("report.", ".1d_ms", 100, false),
            new Target("report.", ".90d_ms", 1_000, false),
            new Target("floor.frame_p99_ms", "", 8, false),
            new Target("floor.latency_p99_ms", "", 250, false),
            new Target("floor.idle_cpu_share", "", 0.15, false),
            new Target("gui.rss_mb", "", 600, false),
            new Target("floor.at_ms", "", 100, false),
            new Target("floor.seek_p95_ms", "", 200, false),
            new Target("floor.replay_frame_p99_ms", "", 16, false),
            new Target("export.1m_rows_s", "", 8, false),
            new Target("export.peak_heap_mb", "", 256, false),
            new Target("export.10m_rows_peak_heap_mb", "", 256, false),
            new Target("lake.incremental_day_s", "", 5, false),
            new Target("alarms.recompute_90d_s", "", 5, false),
            new Target("ingest.alarm_cost_ratio", "", 0.05, false));

    private BenchTargets() {
    }

    /** Every figure with its target and whether it is met, as a readable table. */
    static void printSummary(List<BenchFigure> figures, PrintWriter out) {
        out.printf(Locale.ROOT, "%-36s %14s %-9s %-14s %s%n", "figure", "value", "unit", "target", "");
        for (BenchFigure figure : figures) {
            Optional<Target> target = TARGETS.stream().filter(t -> t.covers(figure.name())).findFirst();
            out.printf(Locale.ROOT, "%-36s %14s %-9s %-14s %s%n", figure.name(), format(figure.value()), figure.unit(),
                    target.map(t -> t.text(figure.unit())).orElse(""),
                    target.map(t -> t.met(figure.value()) ? "met" : "MISSED").orElse(""));
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%.2f", value);
    }
}
