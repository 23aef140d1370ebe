package org.floorwatch.views.sources;

import java.nio.file.Path;

/**
 * What importing one file did.
 *
 * @param kind    the kind it was read as ("clock-in sheet", ...), null if refused before its kind was known
 * @param refusal why it was refused whole (with its row when there is one), null if it was imported
 */
public record ImportedFile(Path file, String kind, long taken, long duplicates, long quarantined, String refusal) {

    public static ImportedFile refused(Path file, String kind, String refusal) {
        return new ImportedFile(file, kind, 0, 0, 0, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
