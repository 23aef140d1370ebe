package org.floorwatch.views.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.floorwatch.localstore.lake.LakeTable;
import org.floorwatch.localstore.lake.ScheduledLakeExport.Status;
import org.floorwatch.localstore.lake.TableExport;
import org.junit.jupiter.api.Test;

class LakeExportLineTest {

    private static final ReadTimes TIMES = ReadTimes.wall(ZoneOffset.UTC);

    private static final Path LAKE = Path.of("/mnt/lake");
    private static final Duration EVERY = Duration.ofMinutes(15);
    private static final Instant NOON = Instant.parse("2026-11-03T12:00:05Z");

    @Test
    void saysWhenItLastExportedTheRowsAndEachTablesVersion() {
        Status status = new Status(LAKE, "delta", EVERY, false, NOON, List.of(
                new TableExport(LakeTable.MOVES, 12, true, 40, 0), new TableExport(LakeTable.READINGS, 11, false, 0, 0),
                new TableExport(LakeTable.ENERGY, -1, false, 0, 0),
                new TableExport(LakeTable.STATION_HOURS, 12, true, 144, 1)), 184, NOON, null);

        LakeExportLine line = LakeExportLine.of(status, TIMES);

        assertThat(line.failed()).isFalse();
        assertThat(line.text()).isEqualTo("History export (delta) to /mnt/lake every 15 min: last export "
                + "2026-11-03 12:00:05, 184 rows added; moves v12, readings v11, energy empty, station_hours v12");
    }

    @Test
    void aFailedRunSaysSoInWordsWithTheLastGoodExport() {
        Status status = new Status(LAKE, "delta", EVERY, false, NOON.plusSeconds(900), List.of(), 184, NOON,
                "cannot write /mnt/lake/moves: no space left on device");

        LakeExportLine line = LakeExportLine.of(status, TIMES);

        assertThat(line.failed()).isTrue();
        assertThat(line.text()).contains("FAILED at 2026-11-03 12:15:05: cannot write /mnt/lake/moves: no space left")
                .contains("(last export 2026-11-03 12:00:05)").contains("tried again at the next turn");
    }

    @Test
    void beforeTheFirstRunItSaysWhenItComes() {
        Status status = new Status(LAKE, "parquet", EVERY, false, null, List.of(), 0, null, null);

        assertThat(LakeExportLine.of(status, TIMES).text())
                .isEqualTo("History export (parquet) to /mnt/lake every 15 min: first export within a minute");
    }
}
