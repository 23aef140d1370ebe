package org.floorwatch.app.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.floorwatch.localstore.report.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code audit --from DATE --to DATE --data DIR [--json FILE] [--xlsx FILE]}: the audit trail stamped in production
 * days DATE to DATE (who acknowledged, shelved, wrote or imported what and when), as JSON and/or an Excel workbook,
 * the same way as {@code report}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail (acknowledgements, shelvings, shift notes, imports: who, when, what) over "
            + "production days --from to --to (inclusive), as JSON and/or Excel.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() throws SQLException {
        return options.run(spec, (connection, plan, period, now) -> AuditReport.of(connection, plan, period));
    }
}
