package org.floorwatch.localstore.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.StoreException;

/**
 * {@code export lake --format parquet}: the same four tables as plain Hive-partitioned Parquet
 * ({@code TABLE/production_day=yyyy-MM-dd/*.parquet}) through DuckDB's {@code COPY}, for tools without Delta. There
 * is no log to make an increment safe for readers, so every export writes each table whole into a new folder and
 * then swaps it in by renaming; a reader sees the old table or the new one.
 */
public final class ParquetFolderExport {

    private final Connection connection;
    private final FloorPlan plan;
    private final Path folder;

    public ParquetFolderExport(Connection connection, FloorPlan plan, Path folder) {
        this.connection = connection;
        this.plan = plan;
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Writes every table; returns the rows written. */
    public long run() {
        for (LakeTable table : LakeTable.values()) {
            if (Files.isDirectory(folder.resolve(table.folder()).resolve("_delta_log"))) {
                throw new StoreException(folder.resolve(table.folder()) + " is a Delta table; export plain Parquet "
                        + "into another --to folder");
            }
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("BEGIN TRANSACTION");
        } catch (SQLException e) {
            throw new StoreException("could not read the store for the export: " + e.getMessage(), e);
        }
        try {
            ProductionDays days = new ProductionDays(ProductionCalendar.of(plan));
            long rows = 0;
            for (LakeTable table : LakeTable.values()) {
                String select = table.isEvents() ? LakeExport.eventRows(connection, days, table, 0) : stationHours(days);
                rows += select == null ? 0 : swapIn(table, select);
            }
            return rows;
        } finally {
            LakeExport.rollback(connection);
        }
    }

    private String stationHours(ProductionDays days) {
        SortedSet<java.time.LocalDate> all = days.of(connection, "SELECT ts FROM moves UNION ALL SELECT ts FROM "
                + "heat_readings UNION ALL SELECT ts FROM energy_samples");
        return new StationHours(connection, plan).compute(all) == 0 ? null
                : "SELECT " + StationHours.columns() + " FROM " + StationHours.TABLE;
    }

    private long swapIn(LakeTable table, String select) {
        Path target = folder.resolve(table.folder());
        Path fresh = folder.resolve("." + table.folder() + ".new-" + UUID.randomUUID());
        Path old = folder.resolve("." + table.folder() + ".old-" + UUID.randomUUID());
        long rows = ParquetCopy.write(connection, select, fresh, table.timeColumn()).stream()
                .mapToLong(DataFile::rows).sum();
        try {
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new StoreException("could not put the new " + table.folder() + " in place in " + folder + ": " + e, e);
        }
        return rows;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
