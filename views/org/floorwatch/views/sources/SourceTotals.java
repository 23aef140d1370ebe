package org.floorwatch.views.sources;

import java.util.List;
import java.util.Locale;

/** The Sources table summed up: how many sources, rows taken, duplicates, quarantined records and refusals. */
public record SourceTotals(int sources, long rowsTaken, long duplicates, long quarantined, long refusals) {

    public static final SourceTotals NONE = new SourceTotals(0, 0, 0, 0, 0);

    static SourceTotals of(List<SourceRow> rows) {
        return new SourceTotals(rows.size(), rows.stream().mapToLong(SourceRow::rowsTaken).sum(),
                rows.stream().mapToLong(SourceRow::duplicates).sum(), rows.stream().mapToLong(SourceRow::quarantined).sum(),
                rows.stream().mapToLong(SourceRow::refusals).sum());
    }

    /** One line above the table, e.g. "12 sources · 40,210 rows taken · 3 duplicate · 7 quarantined · 1 refusal". */
    public String line() {
        if (sources == 0) {
            return "No source read yet";
        }
        return String.format(Locale.ROOT, "%,d %s \u00b7 %,d rows taken \u00b7 %,d duplicate \u00b7 %,d quarantined"
                        + " \u00b7 %,d %s", sources, sources == 1 ? "source" : "sources", rowsTaken, duplicates,
                quarantined, refusals, refusals == 1 ? "refusal" : "refusals");
    }
}
