package org.floorwatch.views.sources;

import java.nio.file.Path;
import java.util.Map;
import org.floorwatch.localstore.files.SourceFile;
import org.floorwatch.localstore.orders.DatabaseSourceState;

/**
 * One row of the Sources table: a source as a person reads it, its file name (or endpoint address) apart from its
 * folder, its kind in words, when it was last read (floor clock) and its running totals.
 *
 * @param status  "read", "appended" or "refused: why"
 * @param refused true while the source's last read was refused, so the row can stand out
 */
public record SourceRow(String name, String folder, String kind, String lastRead, long rowsTaken, long duplicates,
                        long quarantined, long refusals, String status, boolean refused) {

    private static final Map<String, String> KINDS = Map.of("clock-in", "clock-in sheet", "task-log", "task log",
            "energy-report", "energy report", "tool-master-list", "tool master list", "maintenance-log",
            "maintenance log", "floor-plan", "floor plan", "tool-inventory", "tool inventory", "archive",
            "message archive");

    /**
     * A database source (a polled query, or a Debezium topic): its last poll, rows, watermark, quarantined rows and
     * last error; the row stands out while the database cannot be read.
     *
     */
    public static SourceRow of(DatabaseSourceState source, ReadTimes times) {
        boolean failing = source.status() != null && !"ok".equals(source.status());
        boolean debezium = source.source().startsWith("kafka:");
        String kind = source.kind().replace('-', ' ') + (debezium ? " (Debezium)"
                : source.source().startsWith("jdbc:") ? " (import)" : " (database)");
        String lastRead = times.of(source.lastRead());
        String error = source.lastError() == null ? "" : source.lastError() + (source.lastErrorAt() == null ? ""
                : " (" + times.of(source.lastErrorAt()) + ")");
        String status = failing ? source.status() + ": " + error
                : (source.watermark() == null ? "read" : "read up to " + source.watermark() + " (" + source.lastKey() + ")")
                + (error.isEmpty() ? "" : "; last error: " + error);
        return new SourceRow(debezium ? source.source().substring("kafka:".length()) : source.source(),
                debezium ? "Kafka" : "database", kind, lastRead, source.rowsTaken(), source.duplicates(),
                source.quarantined(), 0, status, failing);
    }

    /** A file source or the tools endpoint: its last read and running totals. */
    public static SourceRow of(SourceFile source, ReadTimes times) {
        String where = source.source();
        boolean endpoint = where.startsWith("http://") || where.startsWith("https://");
        Path path = endpoint ? null : Path.of(where);
        String name = endpoint || path.getFileName() == null ? where : path.getFileName().toString();
        String folder = endpoint ? "endpoint" : path.getParent() == null ? "" : path.getParent().toString();
        String kind = source.kind() == null ? "\u2014" : KINDS.getOrDefault(source.kind(), source.kind());
        String lastRead = times.of(source.lastRead());
        boolean refused = "refused".equals(source.status());
        String status = refused && source.message() != null ? "refused: " + source.message()
                : String.valueOf(source.status());
        return new SourceRow(name, folder, kind, lastRead, source.rowsTaken(), source.duplicates(),
                source.quarantined(), source.refusals(), status, refused);
    }
}
