package org.floorwatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportJson;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.export.WorkbookExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
            Instant now = Instant.now();
            Report report = kind.compute(connection, floorPlan,
                    ReportPeriod.of(from, to, ProductionCalendar.of(floorPlan)).soFar(now));
            if ("-".equals(json) || json == null && xlsx == null) {
                spec.commandLine().getOut().println(ReportJson.toJson(report));
                spec.commandLine().getOut().flush();
            } else if (json != null) {
                writeJson(report, Path.of(json));
            }
            if (xlsx != null) {
                writeWorkbook(report, xlsx, now);
            }
        }
        return 0;
    }

    private static void writeWorkbook(Report report, Path file, Instant now) {
        try {
            new WorkbookExporter().write(report.document(now), file);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + FileTrouble.of(e));
        }
    }

    private static void writeJson(Report report, Path file) {
        JsonFile.write(file, out -> ReportJson.write(report, out));
    }
}
