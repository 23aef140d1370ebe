package org.floorwatch.localstore.lake;

import io.delta.kernel.Snapshot;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.actions.AddFile;
import io.delta.kernel.internal.actions.SingleAction;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that uses Delta Kernel's internal classes. Kernel 4.4's public API lists a snapshot's files and
 * writes add actions, but has no call that makes a remove action for a file the table holds; Delta's own
 * Kernel-based writers (the Flink sink's copy-on-write upsert, the Spark V2 metadata-only delete) make it from the
 * scan row exactly as here: {@code new AddFile(scanRow.add).toRemoveFileRow(...)} wrapped by
 * {@code SingleAction.createRemoveFileSingleAction}. Kernel then writes and checks the action on commit.
 */
final class KernelFileActions {

    /** A data file the table holds now, with its production day and the remove action that would drop it. */
    record ActiveFile(Path path, LocalDate day, Row removeAction) {
    }

    private KernelFileActions() {
    }

    /** Every file of the snapshot, with its production day. */
    static List<ActiveFile> activeFiles(Engine engine, Snapshot snapshot) {
        List<ActiveFile> files = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> batches = snapshot.getScanBuilder().build().getScanFiles(engine)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                    while (rows.hasNext()) {
                        files.add(activeFile(rows.next()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static ActiveFile activeFile(Row scanRow) {
        FileStatus status = InternalScanFileUtils.getAddFileStatus(scanRow);
        String day = InternalScanFileUtils.getPartitionValues(scanRow).get(LakeTable.PARTITION);
        AddFile add = new AddFile(scanRow.getStruct(InternalScanFileUtils.ADD_FILE_ORDINAL));
        Row remove = SingleAction.createRemoveFileSingleAction(add.toRemoveFileRow(true, Optional.empty()));
        return new ActiveFile(Path.of(URI.create(status.getPath())), LocalDate.parse(day), remove);
    }
}
