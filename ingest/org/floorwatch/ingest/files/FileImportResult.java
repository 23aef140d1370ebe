package org.floorwatch.ingest.files;

import java.nio.file.Path;

/**
 * What importing one file did.
 *
 * @param file        the file as named by the caller
 * @param kind        the kind it was read as; null if refused before its kind was known
 * @param taken       rows (or events) stored new or changed
 * @param duplicates  rows identical to what was stored, or events already stored
 * @param quarantined archive lines quarantined
 * @param appended    true if only what was appended since the last read was read
 * @param refusal     why the file was refused whole, or null if it was imported
 */
public record FileImportResult(Path file, FileKind kind, long taken, long duplicates, long quarantined,
                               boolean appended, RefusedFileException refusal) {

    static FileImportResult refused(Path file, FileKind kind, RefusedFileException refusal) {
        return new FileImportResult(file, kind, 0, 0, 0, false, refusal);
    }

    public boolean refused() {
        return refusal != null;
    }
}
