package org.floorwatch.app.desktop;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.floorwatch.ingest.files.FileImportResult;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.ingest.files.ImportOrder;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.views.sources.FileImports;
import org.floorwatch.views.sources.ImportProgress;
import org.floorwatch.views.sources.ImportedFile;

/**
 * The screens' {@link FileImports} on the app's one {@link FileImporter}: the paths in import order
 * ({@link ImportOrder}: floor plans first, folders walked by name), one file at a time, each whole or refused. A
 * folder that cannot be listed is reported as refused; the other paths still go in.
 */
public final class ImporterFileImports implements FileImports {

    private final FileImporter importer;
    private final Supplier<Instant> clock;

    /** {@code clock}: the desk's floor clock, which stamps a person's imports in the audit trail. */
    public ImporterFileImports(FileImporter importer, Supplier<Instant> clock) {
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public void importFiles(List<Path> paths, Actor by, ImportProgress progress, BooleanSupplier cancelled) {
        List<ImportedFile> unlisted = new ArrayList<>();
        List<Path> files = listed(paths, unlisted);
        progress.filesFound(files.size() + unlisted.size());
        unlisted.forEach(progress::fileDone);
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            progress.fileStarted(file);
            progress.fileDone(shown(by == null ? importer.importFile(file) : importer.importFile(file, by, clock.get())));
        }
    }

    private static List<Path> listed(List<Path> paths, List<ImportedFile> unlisted) {
        try {
            return ImportOrder.files(paths);
        } catch (UncheckedIOException e) {
            List<Path> readable = new ArrayList<>();
            for (Path path : paths) {
                try {
                    ImportOrder.files(List.of(path));
                    readable.add(path);
                } catch (UncheckedIOException unreadable) {
                    unlisted.add(ImportedFile.refused(path, null, unreadable.getMessage()));
                }
            }
            return ImportOrder.files(readable);
        }
    }

    private static ImportedFile shown(FileImportResult result) {
        String kind = result.kind() == null ? null : result.kind().label();
        if (result.refused()) {
            Integer row = result.refusal().row();
            return ImportedFile.refused(result.file(), kind, (row == null ? "" : "row " + row + ": ")
                    + result.refusal().reason());
        }
        return new ImportedFile(result.file(), kind, result.taken(), result.duplicates(), result.quarantined(), null);
    }
}
