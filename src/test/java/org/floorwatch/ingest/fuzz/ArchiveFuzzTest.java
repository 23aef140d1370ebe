package org.floorwatch.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.files.FileImportResult;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 fuzzed lines in one {@code .jsonl} archive through {@code import}: each stored or quarantined, none lost. */
class ArchiveFuzzTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();

    @Test
    void everyFuzzedLineIsStoredOrQuarantinedAndGoodLinesAreStoredOnce(@TempDir Path dir) throws Exception {
        List<FuzzMessages.Input> inputs = FuzzMessages.generate(PLAN, 4_2026, 10_000).stream()
                .map(ArchiveFuzzTest::onOneLine).toList();
        Path archive = dir.resolve("fuzz.jsonl");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> keys = new ArrayList<>();
        String absolute = archive.toAbsolutePath().normalize().toString();
        for (int i = 0; i < inputs.size(); i++) {
            file.write(inputs.get(i).value());
            file.write('\n');
            keys.add(inputs.get(i).text().isBlank() ? null : "file:" + absolute + ":" + (i + 1));
        }
        Files.write(archive, file.toByteArray());
        MessageDecoder decoder = new MessageDecoder(PLAN);

        try (FloorStore store = FloorStore.open(dir.resolve("data"))) {
            FileImportResult result = new FileImporter(PLAN, store.writer()).importFile(archive);
            FuzzOutcome.Tally tally = FuzzOutcome.check(inputs, keys, store.reader(),
                    input -> decoder.decodeByFields(input.text()));

            assertThat(result.refused()).isFalse();
            assertThat(result.taken() + result.duplicates() + result.quarantined()).isEqualTo(tally.read());
            assertThat(tally.quarantinedInputs()).isEqualTo(tally.quarantineSize()).isEqualTo(result.quarantined())
                    .isGreaterThan(inputs.size() / 2);
        }
    }

    /** An archive line cannot hold a line break: those bytes become spaces. */
    private static FuzzMessages.Input onOneLine(FuzzMessages.Input input) {
        byte[] value = input.value().clone();
        for (int i = 0; i < value.length; i++) {
            value[i] = value[i] == '\n' || value[i] == '\r' ? (byte) ' ' : value[i];
        }
        return new FuzzMessages.Input(input.kind(), value, input.expect(), input.event(), input.label());
    }
}
