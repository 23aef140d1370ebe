package org.floorwatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code import}: not built yet. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "(not built yet)")
final class ImportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("'import' is not built yet");
    }
}
