package org.floorwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.lake.LakeExport;
import org.floorwatch.localstore.lake.LakeExportResult;
import org.floorwatch.localstore.lake.ParquetFolderExport;
import org.floorwatch.localstore.lake.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export lake --data DIR --to PATH [--format delta|parquet]} (contract section 10): the store's moves,
 * readings, energy samples and hourly station figures as Delta Lake tables, brought up to date incrementally, or as
 * plain Hive-partitioned Parquet written whole.
 */
@Command(name = "lake", mixinStandardHelpOptions = true,
        description = "Moves, readings, energy and station_hours as Delta Lake tables (or plain Parquet), "
                + "one folder per table, partitioned by production_day.")
final class ExportLakeCommand implements Callable<Integer> {

    /** The two layouts. */
    enum Format { delta, parquet }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (local store).")
    Path data;

    @Option(names = "--to", required = true, paramLabel = "PATH", description = "The folder that holds the tables.")
    Path to;

    @Option(names = "--format", defaultValue = "delta", paramLabel = "FORMAT",
            description = "delta (default: incremental, one commit per table, time travel) or parquet "
                    + "(plain Hive-partitioned files, rewritten whole each time).")
    Format format;

    @Mixin
    StorePlan plan;

    @Override
    public Integer call() throws SQLException {
        StorePlan.requireStore(data);
        PrintWriter out = spec.commandLine().getOut();
        try (FloorStore store = FloorStore.open(data); Connection connection = store.newReadConnection()) {
            FloorPlan floorPlan = plan.resolve(connection, data);
            if (format == Format.parquet) {
                long rows = new ParquetFolderExport(connection, floorPlan, to).run();
                out.printf(Locale.ROOT, "exported: %,d rows as Parquet to %s%n", rows, to);
            } else {
                LakeExportResult result = new LakeExport(connection, floorPlan, to).run();
                result.tables().stream().map(TableExport::describe).forEach(out::println);
                out.printf(Locale.ROOT, "exported: %,d rows added to %s (events up to number %d)%n",
                        result.rowsAdded(), result.folder(), result.exportedUpTo());
            }
            out.flush();
        }
        return 0;
    }
}
