package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.Tables.charted;
import static org.floorwatch.localstore.report.Tables.count;
import static org.floorwatch.localstore.report.Tables.dateTime;
import static org.floorwatch.localstore.report.Tables.decimal;
import static org.floorwatch.localstore.report.Tables.row;
import static org.floorwatch.localstore.report.Tables.table;
import static org.floorwatch.localstore.report.Tables.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Table;

/** The alarms report as tables: the journal of episodes, counts by kind (charted), flood, starts per hour (charted). */
final class AlarmsTables {

    private AlarmsTables() {
    }

    static ReportDocument document(AlarmsReport report, Instant generatedAt) {
        Table episodes = table("Episodes",
                List.of(text("Source"), text("Kind"), text("Level"), text("Priority"), text("Station"), text("Department"),
                        dateTime("Start"), dateTime("End"), decimal("Duration", "min"), decimal("Peak", "\u00b0C"),
                        text("From import"), text("Acknowledged by"), dateTime("Acknowledged at"), text("Note")),
                report.episodes().stream().map(e -> row(e.source(), e.kind(), e.level(), e.priority(), e.station(),
                        e.department(), local(e.start()), local(e.end()), minutes(e.start(), e.end()), e.peak(),
                        e.fromImport() ? "yes" : "no", e.ackedBy(), local(e.ackedAt()), e.note())).toList());
        Table byKind = charted("By kind",
                List.of(text("Episodes"), text("Kind"), text("Level"), count("Started", "episodes")),
                report.byKind().stream().map(k -> row(k.kind() + (k.level() == null ? "" : " " + k.level()), k.kind(),
                        k.level(), k.count())).toList(),
                ChartKind.BAR, "Episodes started by kind", 0, 3);
        AlarmsReport.Flood flood = report.flood();
        Table floodTable = table("Flood",
                List.of(count("Most in 10 min", "episodes"), decimal("Per hour", "episodes/h"),
                        count("EEMUA 191 target in 10 min", "episodes")),
                List.of(row((long) flood.maxPer10min(), flood.perHour(), (long) flood.eemuaTargetPer10min())));
        Table byHour = charted("Per hour",
                List.of(dateTime("Hour"), count("Episodes started", "episodes")),
                report.byHour().stream().map(h -> row(LocalDateTime.parse(h.hour()), h.count())).toList(),
                ChartKind.LINE, "Episodes started per hour", 0, 1);
        return Tables.document("Alarms report", report.header(), generatedAt, episodes, byKind, floodTable, byHour);
    }

    private static LocalDateTime local(OffsetDateTime instant) {
        return instant == null ? null : instant.toLocalDateTime();
    }

    private static Double minutes(OffsetDateTime start, OffsetDateTime end) {
        return end == null ? null : Duration.between(start, end).toNanos() / 6e10;
    }
}
