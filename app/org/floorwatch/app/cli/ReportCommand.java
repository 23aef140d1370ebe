package org.floorwatch.app.cli;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.floorwatch.localstore.report.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report production|quality|workforce|energy --from DATE --to DATE --data DIR}: one report over production
 * days DATE to DATE inclusive, as JSON ({@code --json FILE}, {@code -} for standard output; the default when
 * neither output is named) and/or an Excel workbook ({@code --xlsx FILE}). The plan: {@code --plan}, else the one saved
 * in the store, else the shipped one. {@code --to} before {@code --from} is wrong usage (exit 2); a folder without
 * a store is refused (exit 1) and left as it was, never given an empty store. A period that holds the present (the
 * wall clock) is reported so far, as the screens do ({@code "so_far": true}, figures up to {@code as_of}); past
 * periods exactly as contract section 5 says.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"One report over production days --from to --to (inclusive), as JSON and/or Excel.",
                "A period that holds the present is reported so far (\"so_far\": true, figures up to \"as_of\")."})
final class ReportCommand implements Callable<Integer> {

    /** Reads the report's name as written on the command line. */
    static final class KindConverter implements ITypeConverter<ReportKind> {
        @Override
        public ReportKind convert(String word) {
            return ReportKind.fromWord(word).orElseThrow(() -> new IllegalArgumentException("unknown report '" + word
                    + "'; choose one of " + Arrays.stream(ReportKind.values()).map(ReportKind::word)
                    .collect(Collectors.joining(", "))));
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", converter = KindConverter.class,
            description = "production, quality, workforce or energy")
    ReportKind kind;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() throws SQLException {
        return options.run(spec, (connection, plan, period, now) -> kind.compute(connection, plan, period.soFar(now)));
    }
}
