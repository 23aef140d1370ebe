package org.floorwatch.localstore.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.localstore.lake.LakeStore.move;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledLakeExportTest {

    @TempDir
    Path folder;

    @Test
    void aRunReportsEachTablesVersionAndAFailedOneSaysWhyAndKeepsTheLastGoodExport() throws Exception {
        try (LakeStore lake = new LakeStore(folder)) {
            lake.write(move("a", "2026-11-03T07:00Z", "P1", null, "IN"));
            try (ScheduledLakeExport export = new ScheduledLakeExport(lake.store(), () -> lake.plan, lake.lake, false,
                    Duration.ofHours(1))) {
                ScheduledLakeExport.Status done = runOnce(export);
                assertThat(done.error()).isNull();
                // no readings nor energy samples yet: those two tables are not made
                assertThat(done.tables()).extracting(TableExport::version).containsExactly(0L, -1L, -1L, 0L);
                assertThat(done.rows()).isEqualTo(1 + 24 * 6);
                assertThat(new DeltaReader(lake.lake.resolve("moves")).latestVersion()).isZero();
            }
            Path notAFolder = folder.resolve("blocked");
            Files.writeString(notAFolder, "a file where the folder should be");
            try (ScheduledLakeExport export = new ScheduledLakeExport(lake.store(), () -> lake.plan, notAFolder, false,
                    Duration.ofHours(1))) {
                ScheduledLakeExport.Status failed = runOnce(export);
                assertThat(failed.error()).isNotBlank();
                assertThat(failed.succeeded()).isNull();
                assertThat(failed.running()).isFalse();
            }
        }
    }

    private static ScheduledLakeExport.Status runOnce(ScheduledLakeExport export) throws InterruptedException,
            IOException {
        CountDownLatch done = new CountDownLatch(1);
        export.addListener(() -> {
            if (!export.status().running()) {
                done.countDown();
            }
        });
        export.runNow();
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        return export.status();
    }
}
