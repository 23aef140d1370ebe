package org.floorwatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code report}: not built yet. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "(not built yet)")
final class ReportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("'report' is not built yet");
    }
}
