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
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Table;

/** The alarms report as tables: the journal of episodes, counts by kind (charted), flood, starts per hour (charted). */
final class AlarmsTables {

    private static final DateTimeFormatter SHELF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AlarmsTables() {
    }

    static ReportDocument document(AlarmsReport report, Instant generatedAt) {
        Table episodes = table("Episodes",
                List.of(text("Source"), text("Kind"), text("Level"), text("Priority"), text("Station"), text("Department"),
                        dateTime("Start"), dateTime("End"), decimal("Duration", "min"), decimal("Peak", "\u00b0C"),
                        text("From import"), text("Acknowledged by"), dateTime("Acknowledged at"), text("Note"),
                        text("Shelved")),
                report.episodes().stream().map(e -> row(e.source(), e.kind(), e.level(), e.priority(), e.station(),
                        e.department(), local(e.start()), local(e.end()), minutes(e.start(), e.end()), e.peak(),
                        e.fromImport() ? "yes" : "no", e.ackedBy(), local(e.ackedAt()), e.note(), shelved(e))).toList());
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

    /** Each shelving as "HH:mm-HH:mm by NAME: reason", one after the other; null for none. */
    private static String shelved(AlarmsReport.Episode episode) {
        if (episode.shelved().isEmpty()) {
            return null;
        }
        return String.join("; ", episode.shelved().stream().map(s -> SHELF_TIME.format(s.at()) + "-"
                + SHELF_TIME.format(s.unshelvedAt() != null && s.unshelvedAt().isBefore(s.until()) ? s.unshelvedAt()
                        : s.until()) + " by " + s.by() + ": " + s.reason()).toList());
    }

    private static LocalDateTime local(OffsetDateTime instant) {
        return instant == null ? null : instant.toLocalDateTime();
    }

    private static Double minutes(OffsetDateTime start, OffsetDateTime end) {
        return end == null ? null : Duration.between(start, end).toNanos() / 6e10;
    }
}
