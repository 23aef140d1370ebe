package org.floorwatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.floorwatch.ingest.simulator.files.LinesPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulate plan --out FILE [--lines N] [--per-line M]}: a large floor plan of straight lines, to try screens on. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write a floor plan of straight production lines (goods in at the left, dispatch at the right, "
                + "one scrap station) to try a large floor: six lines of 48 make 291 stations."})
final class SimulatePlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The plan's JSON file.")
    Path out;

    @Option(names = "--lines", defaultValue = "6", paramLabel = "N", description = "Lines (default: ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--per-line", defaultValue = "48", paramLabel = "M",
            description = "Stations per line (default: ${DEFAULT-VALUE}).")
    int perLine;

    @Override
    public Integer call() {
        try {
            LinesPlan.write(out, lines, perLine);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("plan: " + (lines * perLine + 3) + " stations written to " + out);
        return 0;
    }
}
