package org.floorwatch.ingest.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.InvalidPlanException;
import org.floorwatch.ingest.inventory.InvalidSnapshotException;
import org.floorwatch.ingest.inventory.InventorySnapshot;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.StoreWork;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.files.InventoryItem;
import org.floorwatch.localstore.files.ReadPosition;
import org.floorwatch.localstore.files.RowCounts;
import org.floorwatch.localstore.files.SourceFileLedger;
import org.floorwatch.localstore.files.SourceRead;

/**
 * Imports file sources (contract sections 3 and 4) into the local store, one file at a time, each whole or not
 * at all: {@code .csv} and {@code .xlsx} spreadsheets (kind told from the header), {@code .json} floor plans (an
 * object with {@code stations}: it becomes the plan in force, also for the files imported after it) and tool
 * inventory snapshots (an array), and {@code .jsonl}/{@code .jsonl.gz} archives of live messages. A refused file
 * is recorded with its reason and stores nothing. A CSV file or plain archive that grew since it was last read
 * (it still starts with the bytes read then) is read only from where it was left, the rows or lines read then
 * counting as duplicates of this import (the file's record in the store counts what each read read); any other
 * file is read whole.
 * A spreadsheet or snapshot unchanged since it was last read from the same path is checked and counted (every
 * row a duplicate) but not stored again, so importing the same file again changes nothing, even after a
 * correction of some of its rows was read.
 * An import a person asks for ({@link #importFile(Path, Actor, Instant)}) goes into the audit trail, in the same
 * transaction as the file's record; the automatic reads (inbox, the demo's history) do not.
 * Thread-safe: imports take turns.
 */
public final class FileImporter {

    private final EventWriter writer;
    private final Clock clock;
    private FloorPlan plan;
    private MessageDecoder decoder;
    /** Who imports, while {@link #importFile(Path, Actor, Instant)} runs. */
    private ImportAudit audit = ImportAudit.NONE;

    /** @param plan the plan in force: the site's zone, shifts and machines that rows are checked against */
    public FileImporter(FloorPlan plan, EventWriter writer) {
        this(plan, writer, Clock.systemUTC());
    }

    FileImporter(FloorPlan plan, EventWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
        usePlan(plan);
    }

    /** The plan in force: the one given, or the last floor plan file imported. */
    public synchronized FloorPlan plan() {
        return plan;
    }

    /**
     * Imports one file. A file that breaks a rule is refused (see {@link FileImportResult#refusal()}); only a
     * failure of the store itself throws ({@code StoreException}).
     */
    public synchronized FileImportResult importFile(Path file) {
        String absolute = file.toAbsolutePath().normalize().toString();
        FileKind kind = kindByName(file);
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
                return importSheet(file, absolute, name.endsWith(".csv"));
            }
            if (name.endsWith(".json")) {
                return importJson(file, absolute);
            }
            if (kind == FileKind.ARCHIVE) {
                return importArchive(file, absolute);
            }
            if (!Files.exists(file)) {
                throw new RefusedFileException(file, null, "no such file");
            }
            throw new RefusedFileException(file, null,
                    "not a kind of file Floorwatch reads (.csv, .xlsx, .json, .jsonl, .jsonl.gz)");
        } catch (RefusedFileException refusal) {
            long size = sizeOf(file);
            store("the refusal of " + file, connection -> {
                SourceFileLedger.recordRefusal(connection, absolute, kind == null ? null : kind.code(), size,
                        refusal.row(), refusal.reason(), clock.instant());
                audit.refused(connection, absolute, refusal);
                return null;
            });
            return FileImportResult.refused(file, kind, refusal);
        }
    }

    /**
     * Imports one file for {@code by} at {@code at} (the desk's floor clock) as {@link #importFile(Path)} does, and
     * keeps the import, or its refusal, in the audit trail with the file, its kind and its counts.
     */
    public synchronized FileImportResult importFile(Path file, Actor by, Instant at) {
        audit = new ImportAudit(by, at);
        try {
            return importFile(file);
        } finally {
            audit = ImportAudit.NONE;
        }
    }

    /** True if {@code file} was read before and has not changed since (same size, same SHA-256). */
    public synchronized boolean alreadyRead(Path file) {
        Optional<ReadPosition> previous = position(file.toAbsolutePath().normalize().toString());
        try {
            return previous.isPresent() && Files.size(file) == previous.get().readBytes()
                    && FileBytes.positionOf(Files.readAllBytes(file)).readHash().equals(previous.get().readHash());
        } catch (IOException e) {
            return false;
        }
    }

    private FileImportResult importSheet(Path file, String absolute, boolean csv) {
        byte[] bytes = readAll(file);
        ReadPosition position = FileBytes.positionOf(bytes);
        ReadPosition previous = position(absolute).orElse(null);
        boolean appended = csv && previous != null && FileBytes.grewFrom(bytes, previous);
        Sheet sheet;
        try {
            sheet = !csv ? XlsxSheet.read(bytes)
                    : appended ? CsvSheet.readAppended(bytes, (int) previous.readBytes()) : CsvSheet.read(bytes);
        } catch (BadCellException e) {
            throw new RefusedFileException(file, e.row(), e.getMessage());
        }
        SheetRows<?> rows = SheetRows.of(file, sheet, csv && CsvSheet.usesDecimalComma(bytes), plan);
        boolean unchanged = position.equals(previous);
        RowCounts counts = store("the " + rows.kind().label() + " " + file, connection -> {
            RowCounts stored = unchanged ? new RowCounts(0, rows.size()) : rows.store(connection, absolute);
            SourceFileLedger.recordRead(connection, new SourceRead(absolute, rows.kind().code(), bytes.length,
                    position, stored.taken(), stored.duplicates(), 0, clock.instant(), appended));
            audit.imported(connection, absolute, rows.kind(), stored.taken(), stored.duplicates() + sheet.rowsReadBefore(), 0);
            return stored;
        });
        return new FileImportResult(file, rows.kind(), counts.taken(), counts.duplicates() + sheet.rowsReadBefore(), 0,
                appended, null);
    }

    private FileImportResult importJson(Path file, String absolute) {
        byte[] bytes = readAll(file);
        String json = utf8(file, bytes);
        String start = json.replace("\uFEFF", "").stripLeading();
        if (start.startsWith("[")) {
            return importInventory(file, absolute, bytes, json);
        }
        if (!start.startsWith("{")) {
            throw new RefusedFileException(file, null, "a .json file holds a floor plan (an object with \"stations\") "
                    + "or a tool inventory snapshot (an array)");
        }
        String name = file.getFileName().toString();
        FloorPlan parsed;
        try {
            parsed = FloorPlanLoader.parse(json, name);
        } catch (InvalidPlanException e) {
            String prefix = "floor plan " + name + ": ";
            String detail = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw new RefusedFileException(file, null, "not a valid floor plan: " + detail);
        }
        boolean same = store("the floor plan in force", c -> SitePlanStore.load(c).map(json::equals).orElse(false));
        join(SitePlanStore.save(writer, json, absolute));
        recordRead(absolute, FileKind.FLOOR_PLAN, bytes, same ? 0 : 1, same ? 1 : 0);
        usePlan(parsed);
        return new FileImportResult(file, FileKind.FLOOR_PLAN, same ? 0 : 1, same ? 1 : 0, 0, false, null);
    }

    private FileImportResult importInventory(Path file, String absolute, byte[] bytes, String json) {
        List<InventoryItem> items;
        try {
            items = InventorySnapshot.parse(json);
        } catch (InvalidSnapshotException e) {
            throw new RefusedFileException(file, e.item(), e.getMessage());
        }
        ReadPosition position = FileBytes.positionOf(bytes);
        boolean unchanged = position.equals(position(absolute).orElse(null));
        RowCounts counts = store("the tool inventory " + file, connection -> {
            RowCounts stored = unchanged ? new RowCounts(0, items.size())
                    : InventorySnapshot.store(connection, items, absolute);
            SourceFileLedger.recordRead(connection, new SourceRead(absolute, FileKind.TOOL_INVENTORY.code(),
                    bytes.length, position, stored.taken(), stored.duplicates(), 0, clock.instant(), false));
            audit.imported(connection, absolute, FileKind.TOOL_INVENTORY, stored.taken(), stored.duplicates(), 0);
            return stored;
        });
        return new FileImportResult(file, FileKind.TOOL_INVENTORY, counts.taken(), counts.duplicates(), 0, false, null);
    }

    private FileImportResult importArchive(Path file, String absolute) {
        if (!Files.isRegularFile(file)) {
            throw new RefusedFileException(file, null, "no such file");
        }
        ArchiveImport.Outcome read = new ArchiveImport(decoder, writer, clock)
                .read(file, absolute, position(absolute).orElse(null));
        store("the record of " + file, connection -> {
            SourceFileLedger.recordRead(connection, new SourceRead(absolute, FileKind.ARCHIVE.code(),
                    read.position().readBytes(), read.position(), read.taken(), read.duplicates(), read.quarantined(),
                    clock.instant(), read.appended()));
            audit.imported(connection, absolute, FileKind.ARCHIVE, read.taken(), read.duplicates() + read.readBefore(),
                    read.quarantined());
            return null;
        });
        return new FileImportResult(file, FileKind.ARCHIVE, read.taken(), read.duplicates() + read.readBefore(),
                read.quarantined(), read.appended(), null);
    }

    private void recordRead(String absolute, FileKind kind, byte[] bytes, long taken, long duplicates) {
        ReadPosition position = FileBytes.positionOf(bytes);
        store("the record of " + absolute, connection -> {
            SourceFileLedger.recordRead(connection, new SourceRead(absolute, kind.code(), bytes.length, position,
                    taken, duplicates, 0, clock.instant(), false));
            audit.imported(connection, absolute, kind, taken, duplicates, 0);
            return null;
        });
    }

    private void usePlan(FloorPlan newPlan) {
        this.plan = Objects.requireNonNull(newPlan, "plan");
        this.decoder = new MessageDecoder(newPlan);
    }

    private Optional<ReadPosition> position(String absolute) {
        return store("a read position", connection -> SourceFileLedger.position(connection, absolute));
    }

    private <T> T store(String what, StoreWork<T> work) {
        return join(writer.submitWork(what, work));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static FileKind kindByName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") ? FileKind.ARCHIVE : null;
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RefusedFileException(file, null, "no such file");
        } catch (IOException e) {
            throw new RefusedFileException(file, null, "cannot be read (" + FileTrouble.of(e) + ")");
        }
    }

    private static String utf8(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedFileException(file, null, "not UTF-8 text");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
