package org.floorwatch.app.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.AlarmsFigures;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code alarms --from DATE --to DATE --data DIR [--json FILE] [--xlsx FILE]} (contract section 8): the alarm episodes
 * overlapping production days DATE to DATE, counts by kind and flood figures, as JSON and/or an Excel workbook, the
 * same way as {@code report}.
 */
@Command(name = "alarms", mixinStandardHelpOptions = true,
        description = "Alarm episodes over production days --from to --to (inclusive), as JSON and/or Excel.")
final class AlarmsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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

    @Override
    public Integer call() throws SQLException {
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        StorePlan.requireStore(data);
        try (FloorStore store = FloorStore.open(data); Connection connection = store.newReadConnection()) {
            FloorPlan floorPlan = plan.resolve(connection, data);
            Report report = new AlarmsFigures(floorPlan, ReportPeriod.of(from, to, ProductionCalendar.of(floorPlan)))
                    .compute(connection);
            ReportOutput.write(report, json, xlsx, spec.commandLine().getOut());
        }
        return 0;
    }
}
