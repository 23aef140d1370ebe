package org.floorwatch.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.StoreCounts;
import org.junit.jupiter.api.Test;

/** Backfill from .jsonl and .jsonl.gz archives, deduplicated against the live path both ways. */
class ArchiveImportTest extends ImportOnStore {

    private static final Instant T = Instant.parse("2026-11-02T06:00:00Z");
    private static final String ARCHIVE = """
            {"id":"m1","ts":"2026-11-02T06:00:00Z","part":"P1","type":"X","from":null,"to":"IN"}
            {"id":"m2","ts":"2026-11-02T07:00:00+01:00","part":"P1","type":"X","from":"IN","to":"PRESS","error":null}
            not json

            {"id":"h1","ts":"2026-11-02T06:00:10Z","sensor":"HS-PRESS","celsius":41.5}
            {"id":"e1","ts":"2026-11-02T06:01:00Z","machine":"M-PRESS","kwh":0.3,"kw":18.0}
            {"id":"m3","ts":"2026-11-02T06:02:00Z","part":"P1","type":"X","from":"PRESS","to":"PRESS"}
            """;

    @Test
    void storesEveryGoodLineAndQuarantinesEveryBadOneWithItsLine() {
        Path archive = SourceFiles.text(dir, "floor-2026-11-02.jsonl", ARCHIVE);

        FileImportResult result = importer.importFile(archive);

        assertThat(result.kind()).isEqualTo(FileKind.ARCHIVE);
        assertThat(List.of(result.taken(), result.duplicates(), result.quarantined())).containsExactly(4L, 0L, 2L);
        assertThat(store.reader().counts()).isEqualTo(new StoreCounts(2, 1, 1, 2));
        assertThat(store.reader().quarantined(10)).extracting(QuarantinedRecord::sourceKey, QuarantinedRecord::location)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("file:" + archive.toAbsolutePath() + ":3", "line 3"),
                        org.assertj.core.groups.Tuple.tuple("file:" + archive.toAbsolutePath() + ":7", "line 7"));
    }

    @Test
    void aGzipArchiveIsReadTheSameAndAgainOnlyAsDuplicates() {
        Path archive = SourceFiles.gzip(dir, "floor.jsonl.gz", ARCHIVE);
        importer.importFile(archive);

        FileImportResult again = importer.importFile(archive);

        assertThat(List.of(again.taken(), again.duplicates(), again.quarantined())).as("the broken lines too")
                .containsExactly(0L, 6L, 0L);
        assertThat(store.reader().counts()).isEqualTo(new StoreCounts(2, 1, 1, 2));
    }

    @Test
    void eventsTheLiveStreamStoredFirstAreDuplicatesInTheArchive() {
        store.writer().write(new IngestBatch(List.of(new PartMove("m1", T, "P1", "X", null, "IN", null),
                new HeatReading("h1", T.plusSeconds(10), "HS-PRESS", 41.5)), List.of(), List.of()));

        FileImportResult result = importer.importFile(SourceFiles.text(dir, "floor.jsonl", ARCHIVE));

        assertThat(List.of(result.taken(), result.duplicates())).containsExactly(2L, 2L);
        assertThat(store.reader().counts()).isEqualTo(new StoreCounts(2, 1, 1, 2));
    }

    @Test
    void eventsTheArchiveStoredFirstAreDuplicatesOnTheLiveStream() {
        importer.importFile(SourceFiles.text(dir, "floor.jsonl", ARCHIVE));

        CommitResult live = store.writer().write(IngestBatch.of(List.of(
                new PartMove("m2", T.plusSeconds(60), "P1", "X", "IN", "PRESS", "E9"),
                new EnergySample("e1", T.plusSeconds(60), "M-PRESS", 9.9, 1),
                new EnergySample("e2", T.plusSeconds(120), "M-PRESS", 0.3, 18))));

        assertThat(live.newEvents()).isEqualTo(1);
        assertThat(live.duplicates()).isEqualTo(2);
        assertThat(store.reader().movesBetween(T, T.plusSeconds(3600)))
                .extracting(PartMove::error).containsOnlyNulls();
    }

    @Test
    void anArchiveThatGrewIsReadFromWhereItWasLeft() {
        Path archive = SourceFiles.text(dir, "floor.jsonl", ARCHIVE);
        importer.importFile(archive);
        SourceFiles.append(archive, "{\"id\":\"m4\",\"ts\":\"2026-11-02T06:03:00Z\",\"part\":\"P2\",\"type\":\"X\",\"from\":null,\"to\":\"IN\"}\n"
                + "{broken\n");

        FileImportResult grown = importer.importFile(archive);

        assertThat(grown.appended()).isTrue();
        assertThat(List.of(grown.taken(), grown.duplicates(), grown.quarantined())).as("the six lines read before")
                .containsExactly(1L, 6L, 1L);
        assertThat(store.reader().quarantined(10)).extracting(QuarantinedRecord::location).contains("line 9");
    }

    @Test
    void aLargeArchiveGoesInSeveralBatches() {
        StringBuilder lines = new StringBuilder();
        int count = ArchiveImport.LINES_PER_BATCH * 2 + 17;
        for (int i = 0; i < count; i++) {
            lines.append("{\"id\":\"h").append(i).append("\",\"ts\":\"2026-11-02T06:00:00Z\",\"sensor\":\"HS-PRESS\",\"celsius\":40}\n");
        }

        FileImportResult result = importer.importFile(SourceFiles.gzip(dir, "heat.jsonl.gz", lines.toString()));

        assertThat(result.taken()).isEqualTo(count);
        assertThat(store.reader().counts().heatReadings()).isEqualTo(count);
    }
}
