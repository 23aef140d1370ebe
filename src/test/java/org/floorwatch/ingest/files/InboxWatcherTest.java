package org.floorwatch.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox: new, grown and broken files are imported on their own; hidden files and unchanged files are not. */
class InboxWatcherTest {

    private static final Duration POLL = Duration.ofMillis(50);

    @TempDir
    Path dir;

    @Test
    void importsNewFilesThenOnlyTheRowsAppendedToAGrowingOne() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        BlockingQueue<FileImportResult> results = new LinkedBlockingQueue<>();
        try (FloorStore store = FloorStore.open(dir.resolve("data"));
             InboxWatcher watcher = new InboxWatcher(inbox, new FileImporter(SmallPlan.plan(), store.writer()), results::add)) {
            SourceFiles.text(inbox, ".hidden.csv", "not,a,source\n");
            Path log = SourceFiles.text(inbox, "tasks.csv",
                    "employee_id,task,station,start,end\nE1,setup,PRESS,2026-11-02 06:00,2026-11-02 07:00\n");
            watcher.start(POLL);

            FileImportResult first = next(results);
            SourceFiles.append(log, "E1,run,PRESS,2026-11-02 07:00,2026-11-02 09:00\n");
            FileImportResult grown = next(results);
            SourceFiles.text(inbox, "broken.csv", "foo\n1\n");
            FileImportResult broken = next(results);

            assertThat(List.of(first.taken(), first.duplicates())).containsExactly(1L, 0L);
            assertThat(grown.appended()).isTrue();
            assertThat(List.of(grown.taken(), grown.duplicates())).as("the row read before is a duplicate")
                    .containsExactly(1L, 1L);
            assertThat(broken.refused()).isTrue();
            assertThat(results.poll(300, TimeUnit.MILLISECONDS)).isNull();
            assertThat(SourceFiles.count(store, "task_log")).isEqualTo(2);
        }
    }

    @Test
    void filesReadByAnEarlierRunAndUnchangedAreNotReadAgain() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        SourceFiles.text(inbox, "energy.csv", "date,machine,kwh,peak_kw\n2026-11-02,M-PRESS,10,3\n");
        try (FloorStore store = FloorStore.open(dir.resolve("data"))) {
            new FileImporter(SmallPlan.plan(), store.writer()).importFile(inbox.resolve("energy.csv"));
            BlockingQueue<FileImportResult> results = new LinkedBlockingQueue<>();
            try (InboxWatcher watcher = new InboxWatcher(inbox, new FileImporter(SmallPlan.plan(), store.writer()),
                    results::add)) {
                watcher.start(POLL);
                assertThat(results.poll(500, TimeUnit.MILLISECONDS)).isNull();
            }
        }
    }

    private static FileImportResult next(BlockingQueue<FileImportResult> results) throws InterruptedException {
        FileImportResult result = results.poll(10, TimeUnit.SECONDS);
        assertThat(result).as("an import within 10 s").isNotNull();
        return result;
    }
}
