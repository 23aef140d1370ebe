package org.floorwatch.localstore.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code alarms} report (contract section 8): every episode overlapping the period with its acknowledgement,
 * the episodes starting in the period by kind and level, and the flood figures. Instants carry the site's offset at
 * that instant. Fields beyond the contract: per episode {@code station}, {@code department}, {@code priority},
 * {@code from_import} and the shelvings in force during it; {@code flood.eemua_target_per_10min} and the starts per
 * local hour.
 */
public record AlarmsReport(ReportHeader header, List<Episode> episodes, List<KindCount> byKind, Flood flood,
                           List<HourCount> byHour) implements Report {

    public AlarmsReport {
        episodes = List.copyOf(episodes);
        byKind = List.copyOf(byKind);
        byHour = List.copyOf(byHour);
    }

    /**
     * One episode. {@code level} is null for stale; {@code peak} null unless heat; {@code end} null while still open
     * at the period's end; the acknowledgement fields null when nobody acknowledged it.
     */
    public record Episode(String source, String kind, String level, OffsetDateTime start, OffsetDateTime end,
                          Double peak, String ackedBy, OffsetDateTime ackedAt, String note, String station,
                          String department, String priority, boolean fromImport, List<Shelved> shelved) {
        public Episode {
            shelved = List.copyOf(shelved);
        }
    }

    /** A shelving of the episode's source in force during it. */
    public record Shelved(String by, OffsetDateTime at, OffsetDateTime until, String reason, String unshelvedBy,
                          OffsetDateTime unshelvedAt) { }

    /** Episodes starting in the period of one kind and level. */
    public record KindCount(String kind, String level, long count) { }

    /**
     * Of the episodes starting in the period: the most whose start lies in [s, s + 10 min) for the start s of one of
     * them, and their count per hour of the period.
     */
    public record Flood(@JsonProperty("max_per_10min") int maxPer10min, @JsonProperty("per_hour") double perHour,
                        @JsonProperty("eemua_target_per_10min") int eemuaTargetPer10min) { }

    /** Episodes starting in one local hour, {@code yyyy-MM-ddTHH:00}. */
    public record HourCount(String hour, long count) { }

    @Override
    public ReportDocument document(Instant generatedAt) {
        return AlarmsTables.document(this, generatedAt);
    }
}
