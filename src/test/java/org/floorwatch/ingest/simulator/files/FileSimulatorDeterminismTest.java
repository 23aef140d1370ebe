package org.floorwatch.ingest.simulator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSimulatorDeterminismTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path temp;

    @Test
    void theSameSeedGivesTheSameFilesByteForByte() throws IOException {
        Path first = run(temp.resolve("first"), 5, true);
        Path second = run(temp.resolve("second"), 5, true);

        List<Path> files = files(first);
        assertThat(files).hasSizeGreaterThan(15).anyMatch(f -> f.toString().endsWith(".xlsx"));
        assertThat(files).isEqualTo(files(second));
        for (Path file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString()).isEqualTo(-1);
        }
    }

    @Test
    void anotherSeedGivesOtherFilesAndNoGzipGivesPlainArchives() throws IOException {
        Path gzipped = run(temp.resolve("gzipped"), 5, true);
        Path plain = run(temp.resolve("plain"), 6, false);

        Path moves = Path.of(DAY.toString(), "moves-" + DAY + ".jsonl");
        assertThat(gzipped.resolve(moves + ".gz")).exists();
        assertThat(plain.resolve(moves)).exists();
        assertThat(Files.readString(plain.resolve(moves))).startsWith("{\"id\":");
        Path tasks = Path.of(DAY.toString(), "tasks-" + DAY + ".csv");
        assertThat(Files.mismatch(gzipped.resolve(tasks), plain.resolve(tasks))).isNotEqualTo(-1);
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> run(temp, 5, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        assertThat(files(temp)).containsExactly(Path.of("notes.txt"));
    }

    private static Path run(Path folder, long seed, boolean gzip) throws IOException {
        new FileSimulator(SmallPlan.plan(), new FileSimulationSettings(DAY, 1, seed, gzip, 30)).writeTo(folder);
        return folder;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
