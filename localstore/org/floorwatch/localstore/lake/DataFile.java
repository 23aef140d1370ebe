package org.floorwatch.localstore.lake;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One Parquet file DuckDB wrote into a table's folder: its production day (the partition folder it is in), rows,
 * size, and the range of the table's time column in it (UTC microseconds).
 */
record DataFile(Path path, LocalDate day, long rows, long size, long modified, long minMicros, long maxMicros) {
}
