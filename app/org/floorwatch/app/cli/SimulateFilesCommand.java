package org.floorwatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code simulate files}: not built yet. */
@Command(name = "files", mixinStandardHelpOptions = true, description = "(not built yet)")
final class SimulateFilesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("'simulate files' is not built yet");
    }
}
