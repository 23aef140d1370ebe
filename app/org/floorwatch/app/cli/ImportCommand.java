package org.floorwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorwatch.app.desktop.Operator;
import org.floorwatch.floorplan.PlanFile;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.files.FileImportResult;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.ingest.files.ImportOrder;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.PlanInForce;
import org.floorwatch.localstore.audit.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import PATH... --data DIR [--plan FILE]}: file sources and archives into the local store (contract
 * section 6); with {@code --jdbc URL --kind KIND --query SQL}, the rows of a database query too (contract section 9),
 * read before the files. Files are checked against the plan in force: {@code --plan} (which then becomes the data folder's
 * plan), else the one the data folder holds, else the shipped plan. A refused file is named on standard error
 * and does not stop the others; the summary line goes to standard output. Exit 1 if any file was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import file sources (clock-in sheets, task logs, energy reports, tool lists, maintenance logs, "
                + "floor plans, tool inventories) and .jsonl/.jsonl.gz archives into the local store; with --jdbc, "
                + "the rows of a database query (work or purchase orders, or archived moves, readings, energy).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (read recursively, by name).")
    List<Path> paths = List.of();

    @Mixin
    JdbcOptions jdbc;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (local store).")
    Path data;

    @Mixin
    PlanOption plan;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && !jdbc.given()) {
            throw new ParameterException(spec.commandLine(), "give PATH... to import, or --jdbc URL");
        }
        jdbc.check(spec);
        PlanFile given = plan.file();
        try (FloorStore store = FloorStore.open(data)) {
            FileImporter importer = new FileImporter(PlanInForce.resolve(given, store), store.writer());
            ImportSummary summary = new ImportSummary();
            Actor by = Actor.of(Operator.loggedIn());
            jdbc.importInto(summary, importer.plan(), store.writer());
            for (Path file : ImportOrder.files(paths)) {
                FileImportResult result = importer.importFile(file, by, Instant.now());
                if (result.refused()) {
                    err.println("floorwatch: " + result.refusal().getMessage());
                    summary.addRefusedFile();
                } else {
                    summary.add(result.taken(), result.duplicates(), result.quarantined());
                }
            }
            err.flush();
            out.println(summary.line());
            return summary.refusedFiles() > 0 ? 1 : 0;
        }
    }
}
