package org.floorwatch.app.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.floorwatch.localstore.report.AlarmsFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() throws SQLException {
        return options.run(spec, (connection, plan, period, now) -> new AlarmsFigures(plan, period).compute(connection));
    }
}
