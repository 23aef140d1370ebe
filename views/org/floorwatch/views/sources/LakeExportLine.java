package org.floorwatch.views.sources;

import java.util.Locale;
import java.util.stream.Collectors;
import org.floorwatch.localstore.lake.ScheduledLakeExport.Status;
import org.floorwatch.localstore.lake.TableExport;

/**
 * The Sources screen's line about the history export on a schedule: where to and how often, the last export with
 * each table's version and the rows it added, or why the last run failed (in words, with the last good export).
 *
 * @param failed the last run failed, so the line can stand out (its text says so too)
 */
public record LakeExportLine(String text, boolean failed) {

    static LakeExportLine of(Status status, ReadTimes times) {
        String head = String.format(Locale.ROOT, "History export (%s) to %s every %d min", status.format(),
                status.folder(), status.every().toMinutes());
        if (status.running()) {
            return new LakeExportLine(head + ": exporting now\u2026", status.error() != null);
        }
        if (status.error() != null) {
            return new LakeExportLine(head + ": FAILED at " + times.of(status.finished()) + ": " + status.error()
                    + "; the tables stay as they were" + (status.succeeded() == null ? ""
                    : " (last export " + times.of(status.succeeded()) + ")") + "; tried again at the next turn", true);
        }
        if (status.finished() == null) {
            return new LakeExportLine(head + ": first export within a minute", false);
        }
        String tables = status.tables().stream().map(LakeExportLine::table).collect(Collectors.joining(", "));
        return new LakeExportLine(String.format(Locale.ROOT, "%s: last export %s, %,d rows added%s", head,
                times.of(status.finished()), status.rows(), tables.isEmpty() ? "" : "; " + tables), false);
    }

    private static String table(TableExport table) {
        return table.table().folder() + (table.version() < 0 ? " empty" : " v" + table.version());
    }
}
