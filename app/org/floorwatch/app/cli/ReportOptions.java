package org.floorwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportJson;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.export.WorkbookExporter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What {@code report}, {@code alarms} and {@code audit} share: production days {@code --from} to {@code --to}, the
 * data folder, the plan, and the hand-over as JSON ({@code --json FILE}, {@code -} or neither output named: standard
 * output) and/or an Excel workbook ({@code --xlsx FILE}).
 */
final class ReportOptions {

    /** A report's figures over a period; {@code now}: the instant the report is made (for a period so far). */
    @FunctionalInterface
    interface Figures {
        Report compute(Connection connection, FloorPlan plan, ReportPeriod period, Instant now) throws SQLException;
    }

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First production day (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last production day (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (local store).")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON here ('-': standard output).")
    String json;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write an Excel workbook here.")
    Path xlsx;

    @Mixin
    StorePlan plan;

    /**
     * Computes the figures over the days from the store and hands them over. {@code --to} before {@code --from} is
     * wrong usage; a folder without a store is refused and left as it was.
     */
    int run(CommandSpec spec, Figures figures) throws SQLException {
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        StorePlan.requireStore(data);
        try (FloorStore store = FloorStore.open(data); Connection connection = store.newReadConnection()) {
            FloorPlan floorPlan = plan.resolve(connection, data);
            Instant now = Instant.now();
            Report report = figures.compute(connection, floorPlan,
                    ReportPeriod.of(from, to, ProductionCalendar.of(floorPlan)), now);
            write(report, now, spec.commandLine().getOut());
        }
        return 0;
    }

    private void write(Report report, Instant now, PrintWriter out) {
        if ("-".equals(json) || json == null && xlsx == null) {
            out.println(ReportJson.toJson(report));
            out.flush();
        } else if (json != null) {
            JsonFile.write(Path.of(json), stream -> ReportJson.write(report, stream));
        }
        if (xlsx != null) {
            try {
                new WorkbookExporter().write(report.document(now), xlsx);
            } catch (IOException e) {
                throw new UserError("cannot write " + xlsx + ": " + FileTrouble.of(e));
            }
        }
    }
}
