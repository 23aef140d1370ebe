package org.floorwatch.app.cli;

import java.nio.file.Path;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.database.DatabaseException;
import org.floorwatch.ingest.database.JdbcImport;
import org.floorwatch.ingest.database.PasswordSource;
import org.floorwatch.localstore.EventWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code import --jdbc URL --kind KIND --query SQL [--user U] [--password-file F]} (contract section 9). A database
 * that cannot be reached or a query that fails is one line without the password, exit status 1.
 */
public final class JdbcOptions {

    @Option(names = "--jdbc", paramLabel = "URL", description = "Read the rows of --query from this database.")
    String url;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "What the query's rows are: work-orders, purchase-orders, moves, readings or energy.")
    String kind;

    @Option(names = "--query", paramLabel = "SQL", description = "The query; its columns carry the kind's names.")
    String query;

    @Option(names = "--user", paramLabel = "U", description = "The database user (default: as the URL says).")
    String user;

    @Option(names = "--password-file", paramLabel = "F", description = "A file whose first line is the password.")
    Path passwordFile;

    boolean given() {
        return url != null;
    }

    /** Refuses --kind and --query without --jdbc, and --jdbc without them or with an unknown kind (exit 2). */
    void check(CommandSpec spec) {
        if (url == null) {
            if (kind != null || query != null || user != null || passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--kind, --query, --user and --password-file go with "
                        + "--jdbc URL");
            }
            return;
        }
        if (kind == null || query == null) {
            throw new ParameterException(spec.commandLine(), "--jdbc needs --kind and --query");
        }
        if (!JdbcImport.kinds().contains(kind)) {
            throw new ParameterException(spec.commandLine(), "--kind is one of " + String.join(", ", JdbcImport.kinds())
                    + ", not '" + kind + "'");
        }
    }

    /** Imports the query's rows, if --jdbc was given, adding to {@code summary}. */
    void importInto(ImportSummary summary, FloorPlan plan, EventWriter writer) {
        if (url == null) {
            return;
        }
        PasswordSource password = passwordFile == null ? PasswordSource.NONE : PasswordSource.file(passwordFile);
        try {
            ImportSummary read = new JdbcImport(plan, writer).run(url, user, password, kind, query);
            summary.add(read.newEvents(), read.duplicates(), read.quarantined());
        } catch (DatabaseException e) {
            throw new UserError(e.getMessage());
        }
    }
}
