package org.floorwatch.localstore.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.localstore.StoreException;

/**
 * Writes rows as Parquet with DuckDB's own {@code COPY ... TO}: one file per production day, in Hive-style
 * {@code production_day=yyyy-MM-dd} folders (the partition column is in the folder name, not in the file), with
 * unique file names, next to the files already there. Nothing else is touched.
 */
final class ParquetCopy {

    private static final String DAY_FOLDER = LakeTable.PARTITION + "=";

    private ParquetCopy() {
    }

    /**
     * Writes the rows of {@code select} (which has a {@code production_day} column) into {@code folder}; returns the
     * files written with their row counts and the range of {@code timeColumn}.
     */
    static List<DataFile> write(Connection connection, String select, Path folder, String timeColumn) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            try (Statement sql = connection.createStatement();
                 ResultSet rs = sql.executeQuery("COPY (" + select + ") TO " + literal(folder) + " (FORMAT parquet, "
                         + "PARTITION_BY (" + LakeTable.PARTITION + "), FILENAME_PATTERN 'part-{uuid}', APPEND true, "
                         + "RETURN_FILES true)")) {
                while (rs.next()) {
                    Array files = rs.getArray(2);
                    for (Object file : (Object[]) files.getArray()) {
                        written.add(Path.of(file.toString()));
                    }
                }
            }
            return describe(connection, written, timeColumn);
        } catch (SQLException | IOException e) {
            throw new StoreException("could not write Parquet files into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads back each file's row count and time range (the column only), and its size on disk. */
    private static List<DataFile> describe(Connection connection, List<Path> files, String timeColumn)
            throws SQLException, IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        record Figures(long rows, long min, long max) { }
        Map<String, Figures> figures = new HashMap<>();
        String list = String.join(", ", files.stream().map(ParquetCopy::literal).toList());
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT filename, count(*), min(epoch_us(" + timeColumn + ")), max(epoch_us("
                     + timeColumn + ")) FROM read_parquet([" + list + "], filename = true) GROUP BY filename")) {
            while (rs.next()) {
                figures.put(key(Path.of(rs.getString(1))), new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        List<DataFile> described = new ArrayList<>();
        for (Path file : files) {
            Figures f = figures.get(key(file));
            if (f == null) {
                throw new SQLException("DuckDB wrote " + file + " but cannot read it back");
            }
            described.add(new DataFile(file, dayOf(file), f.rows(), Files.size(file),
                    Files.getLastModifiedTime(file).toMillis(), f.min(), f.max()));
        }
        return described;
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** The production day of a file from its {@code production_day=yyyy-MM-dd} folder. */
    static LocalDate dayOf(Path file) {
        String folder = file.getParent().getFileName().toString();
        if (!folder.startsWith(DAY_FOLDER)) {
            throw new IllegalStateException("a data file outside a production_day folder: " + file);
        }
        return LocalDate.parse(folder.substring(DAY_FOLDER.length()));
    }

    /** A path as an SQL string literal. */
    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
