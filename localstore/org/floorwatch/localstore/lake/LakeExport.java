package org.floorwatch.localstore.lake;

import io.delta.kernel.Snapshot;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code export lake} (contract section 10): brings the Delta tables in a folder up to date with the store, one
 * commit per table that has something new. DuckDB writes the Parquet data files ({@code COPY}); Delta Kernel reads
 * and writes the log. Every read runs in one DuckDB transaction, so all tables are cut at the same store state even
 * while the writer goes on. A kill at any point leaves each table at a version it committed; data files written but
 * not committed are invisible to every reader.
 */
public final class LakeExport {

    private static final Logger LOG = LoggerFactory.getLogger(LakeExport.class);

    private final Connection connection;
    private final FloorPlan plan;
    private final Path folder;

    /** @param connection a read connection of the store, used by this export alone */
    public LakeExport(Connection connection, FloorPlan plan, Path folder) {
        this.connection = connection;
        this.plan = plan;
        this.folder = folder.toAbsolutePath().normalize();
    }

    public LakeExportResult run() {
        Engine engine = DefaultEngine.create(hadoopConfiguration());
        for (LakeTable table : LakeTable.values()) {
            refuseForeignFolder(folder.resolve(table.folder()));
        }
        execute("BEGIN TRANSACTION");
        try {
            long upTo = storeSeq();
            ProductionDays days = new ProductionDays(ProductionCalendar.of(plan));
            List<TableExport> tables = new ArrayList<>();
            for (LakeTable table : LakeTable.values()) {
                DeltaLog log = new DeltaLog(engine, table, folder.resolve(table.folder()));
                Optional<Snapshot> base = log.latest();
                long from = log.exportedUpTo(base);
                if (from > upTo) {
                    throw new StoreException(log.folder() + " holds events up to number " + from + " but this store "
                            + "only has " + upTo + ": it was exported from another data folder; choose another --to");
                }
                long version = base.map(Snapshot::getVersion).orElse(-1L);
                long began = System.nanoTime();
                TableExport done = from == upTo ? TableExport.unchanged(table, version) : table.isEvents()
                        ? appendEvents(log, base, from, upTo, days)
                        : new StationHoursExport(connection, plan, days).run(log, base, from, upTo);
                LOG.info("{} in {} ms", done.describe(), (System.nanoTime() - began) / 1_000_000);
                tables.add(done);
            }
            return new LakeExportResult(folder, tables, upTo);
        } finally {
            rollback(connection);
        }
    }

    private TableExport appendEvents(DeltaLog log, Optional<Snapshot> base, long from, long upTo, ProductionDays days) {
        LakeTable table = log.table();
        String select = eventRows(connection, days, table, from);
        if (select == null) {
            return TableExport.unchanged(table, base.map(Snapshot::getVersion).orElse(-1L));
        }
        long began = System.nanoTime();
        List<DataFile> files = ParquetCopy.write(connection, select, log.folder(), table.timeColumn());
        long written = System.nanoTime();
        long rows = files.stream().mapToLong(DataFile::rows).sum();
        long version = log.commit(base, files, List.of(), upTo);
        LOG.info("{}: Parquet written in {} ms, committed in {} ms", table.folder(), (written - began) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return new TableExport(table, version, true, rows, 0);
    }

    /**
     * The SELECT of an event table's rows numbered after {@code from}, with their production day and shift; null
     * when there are none.
     */
    static String eventRows(Connection connection, ProductionDays days, LakeTable table, long from) {
        return days.placed(connection, "SELECT * FROM " + table.storeTable() + " WHERE seq > " + from, table.columns());
    }

    /** The newest event's seq: what every table is brought up to. */
    private long storeSeq() {
        long[] seq = new long[1];
        ProductionDays.query(connection, "SELECT greatest((SELECT coalesce(max(seq), 0) FROM moves), "
                + "(SELECT coalesce(max(seq), 0) FROM heat_readings), (SELECT coalesce(max(seq), 0) FROM energy_samples))",
                rs -> seq[0] = rs.getLong(1));
        return seq[0];
    }

    /** A table folder that holds files but no Delta log is someone else's: never write into it. */
    private static void refuseForeignFolder(Path tableFolder) {
        if (!Files.isDirectory(tableFolder) || Files.isDirectory(tableFolder.resolve("_delta_log"))) {
            return;
        }
        try (Stream<Path> entries = Files.list(tableFolder)) {
            if (entries.findAny().isPresent()) {
                throw new StoreException(tableFolder + " holds files but no Delta table (no _delta_log); "
                        + "choose another --to folder");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + tableFolder + ": " + e.getMessage(), e);
        }
    }

    /** The local file system without Hadoop's {@code .crc} side files. */
    static Configuration hadoopConfiguration() {
        Configuration configuration = new Configuration();
        configuration.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        return configuration;
    }

    /** Ends the export's read transaction (it changed nothing), keeping the export's own failure if there is one. */
    static void rollback(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("could not end the export's read transaction", e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("could not read the store for the export: " + e.getMessage(), e);
        }
    }
}
