package org.floorwatch.views.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.floorwatch.localstore.audit.Actor;

/**
 * Imports file sources into the local store. The app hands the screens its file importer through this, so the
 * screens never depend on the ingest.
 */
@FunctionalInterface
public interface FileImports {

    /**
     * Imports the files {@code paths} name (a folder: the files in it) in import order, each whole or not at all,
     * on the calling thread. Once {@code cancelled} says so, it stops before the next file. A file that cannot be
     * read or breaks a rule is reported refused through {@code progress}, never thrown; only a failure of the store
     * itself throws. {@code by}: the person importing, kept in the audit trail with each file; null for an
     * automatic import (the demo's history), which is not.
     */
    void importFiles(List<Path> paths, Actor by, ImportProgress progress, BooleanSupplier cancelled);
}
