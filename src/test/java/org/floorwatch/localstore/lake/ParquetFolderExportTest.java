package org.floorwatch.localstore.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorwatch.localstore.lake.LakeStore.heat;
import static org.floorwatch.localstore.lake.LakeStore.move;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.floorwatch.localstore.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export lake --format parquet}: plain Hive-partitioned Parquet, read back by DuckDB's Hive reader. */
class ParquetFolderExportTest {

    @TempDir
    Path folder;

    @Test
    void everyTableIsWrittenWholeAsHivePartitionedParquetEachTime() throws Exception {
        try (LakeStore lake = new LakeStore(folder)) {
            Path out = folder.resolve("parquet");
            lake.write(move("a", "2026-11-03T07:00Z", "P1", null, "IN"), move("b", "2026-11-04T02:00Z", "P1", "IN", "PRESS"),
                    heat("h", "2026-11-04T07:00Z", 41.0));
            assertThat(export(lake, out)).isEqualTo(3 + 2 * 24 * 6);
            lake.write(move("c", "2026-11-04T08:00Z", "P1", "PRESS", "CHECK"));
            export(lake, out);

            assertThat(DeltaReader.rows(lake.reader, "SELECT id, production_day::VARCHAR, shift FROM read_parquet('"
                    + out.resolve("moves") + "/*/*.parquet', hive_partitioning = true) ORDER BY id").stream()
                    .map(Object::toString).toList())
                    .containsExactly("[a, 2026-11-03, A]", "[b, 2026-11-03, C]", "[c, 2026-11-04, A]");
            assertThat(DeltaReader.count(lake.reader, "SELECT count(*) FROM read_parquet('" + out.resolve("station_hours")
                    + "/*/*.parquet', hive_partitioning = true)")).isEqualTo(2 * 24 * 6);
            try (Stream<Path> entries = Files.list(out)) {
                assertThat(entries.map(p -> p.getFileName().toString()).sorted())
                        .containsExactly("moves", "readings", "station_hours");
            }
        }
    }

    @Test
    void aDeltaTableIsNeverOverwritten() throws IOException {
        try (LakeStore lake = new LakeStore(folder)) {
            lake.write(move("a", "2026-11-03T07:00Z", "P1", null, "IN"));
            lake.export();

            assertThatThrownBy(() -> export(lake, lake.lake)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is a Delta table");
        }
    }

    private static long export(LakeStore lake, Path out) throws SQLException {
        try (Connection connection = lake.store().newReadConnection()) {
            return new ParquetFolderExport(connection, lake.plan, out).run();
        }
    }
}
