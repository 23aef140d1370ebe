package org.floorwatch.localstore.lake;

import java.util.Locale;

/**
 * What one export did to one table: the table's version afterwards (-1: there is no table yet), whether this export
 * committed it, the rows it added and, for {@code station_hours}, the production days it replaced.
 */
public record TableExport(LakeTable table, long version, boolean committed, long rowsAdded, int daysReplaced) {

    static TableExport unchanged(LakeTable table, long version) {
        return new TableExport(table, version, false, 0, 0);
    }

    /** One line for people: {@code moves: version 3, 1,234 rows added}. */
    public String describe() {
        if (!committed) {
            return table.folder() + ": " + (version < 0 ? "nothing to export" : "unchanged at version " + version);
        }
        String line = String.format(Locale.ROOT, "%s: version %d, %,d rows added", table.folder(), version,
                rowsAdded);
        return daysReplaced > 0 ? line + " in " + daysReplaced + (daysReplaced == 1 ? " day" : " days") + " replaced"
                + " or new" : line;
    }
}
