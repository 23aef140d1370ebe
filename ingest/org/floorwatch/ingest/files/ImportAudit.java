package org.floorwatch.ingest.files;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.audit.AuditAction;
import org.floorwatch.localstore.audit.AuditEntry;
import org.floorwatch.localstore.audit.AuditTrail;

/**
 * The audit trail's line for a file a person imports: the file, its kind and counts, or why it was refused; written
 * on the writer's connection in the transaction that records the file's read. {@link #NONE}: an automatic read,
 * which the trail does not keep.
 */
record ImportAudit(Actor by, Instant at) {

    static final ImportAudit NONE = new ImportAudit(null, null);

    void imported(Connection connection, String file, FileKind kind, long taken, long duplicates, long quarantined)
            throws SQLException {
        record(connection, AuditAction.IMPORT, file, kind.label() + ": " + taken + " new, " + duplicates
                + " duplicate, " + quarantined + " quarantined");
    }

    void refused(Connection connection, String file, RefusedFileException refusal) throws SQLException {
        record(connection, AuditAction.IMPORT_REFUSED, file, (refusal.row() == null ? "" : "row " + refusal.row() + ": ")
                + refusal.reason());
    }

    private void record(Connection connection, AuditAction action, String file, String detail) throws SQLException {
        if (by != null) {
            AuditTrail.record(connection, AuditEntry.of(by, at, action, file, detail));
        }
    }
}
