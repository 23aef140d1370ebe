package org.floorwatch.ingest;

import org.floorwatch.localstore.CommitResult;

/**
 * Running totals of one import or consume run, printed as the contract's summary line. Not thread-safe: one
 * owner adds to it.
 */
public final class ImportSummary {

    private long newEvents;
    private long duplicates;
    private long quarantined;
    private long refusedFiles;

    /** Adds a committed batch: events and database changes (work and purchase orders) that changed the store are new. */
    public void add(CommitResult result) {
        newEvents += result.newEvents() + result.ordersChanged();
        duplicates += result.duplicates() + result.ordersUnchanged();
        quarantined += result.quarantined();
    }

    /**
     * Adds what one imported file stored: rows (or events) new or changed count as new, rows identical to what
     * was stored as duplicates.
     */
    public void add(long newRows, long duplicateRows, long quarantinedRecords) {
        newEvents += newRows;
        duplicates += duplicateRows;
        quarantined += quarantinedRecords;
    }

    public void addRefusedFile() {
        refusedFiles++;
    }

    public long newEvents() {
        return newEvents;
    }

    public long duplicates() {
        return duplicates;
    }

    public long quarantined() {
        return quarantined;
    }

    public long refusedFiles() {
        return refusedFiles;
    }

    /** {@code imported: N new, D duplicate, Q quarantined, F refused}. */
    public String line() {
        return "imported: " + newEvents + " new, " + duplicates + " duplicate, " + quarantined + " quarantined, "
                + refusedFiles + " refused";
    }

    @Override
    public String toString() {
        return line();
    }
}
