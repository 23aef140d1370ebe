package org.floorwatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gui}: not built yet. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "(not built yet)")
final class GuiCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("'gui' is not built yet");
    }
}
