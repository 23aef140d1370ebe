package org.floorwatch.localstore.lake;

import java.nio.file.Path;
import java.util.List;

/** What one export did: per table, and the store seq every table now holds events up to. */
public record LakeExportResult(Path folder, List<TableExport> tables, long exportedUpTo) {

    public LakeExportResult {
        tables = List.copyOf(tables);
    }

    /** Rows added to all tables. */
    public long rowsAdded() {
        return tables.stream().mapToLong(TableExport::rowsAdded).sum();
    }

    /** Whether any table got a new version. */
    public boolean committedAny() {
        return tables.stream().anyMatch(TableExport::committed);
    }
}
