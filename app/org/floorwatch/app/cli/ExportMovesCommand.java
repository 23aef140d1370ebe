package org.floorwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.MoveRows;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.export.WorkbookExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export moves --from DATE --to DATE --data DIR --xlsx FILE}: every stored move of those production days, one
 * row each, as an Excel workbook, read from the store while it is written (a table longer than a sheet continues on
 * "Moves (2)", ...).
 */
@Command(name = "moves", mixinStandardHelpOptions = true,
        description = "Every move of production days --from to --to (inclusive) as an Excel workbook, one row each.")
final class ExportMovesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First production day (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last production day (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (local store).")
    Path data;

    @Option(names = "--xlsx", required = true, paramLabel = "FILE", description = "Write the workbook here.")
    Path xlsx;

    @Mixin
    StorePlan plan;

    @Override
    public Integer call() throws SQLException {
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        StorePlan.requireStore(data);
        try (FloorStore store = FloorStore.open(data)) {
            FloorPlan floorPlan;
            try (Connection connection = store.newReadConnection()) {
                floorPlan = plan.resolve(connection, data);
            }
            ReportPeriod period = ReportPeriod.of(from, to, ProductionCalendar.of(floorPlan));
            ReportDocument doc = MoveRows.document(floorPlan, period, store::newReadConnection, Instant.now());
            long rows = new WorkbookExporter().write(doc, xlsx);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "exported: %,d moves of %s to %s to %s%n", rows, from, to, xlsx);
            out.flush();
        } catch (IOException e) {
            throw new UserError("cannot write " + xlsx + ": " + FileTrouble.of(e));
        }
        return 0;
    }
}
