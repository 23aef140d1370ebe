package org.floorwatch.ingest.database;

/** A database row or change event that breaks a rule; its message is the quarantine reason. */
final class RejectedRow extends Exception {

    RejectedRow(String reason) {
        super(reason, null, false, false);
    }
}
