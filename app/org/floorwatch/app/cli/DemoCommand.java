package org.floorwatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code demo}: not built yet. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "(not built yet)")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("'demo' is not built yet");
    }
}
