package org.floorwatch.app.cli;

import picocli.CommandLine.Command;

/** {@code simulate stream|files|plan}: the simulated factory. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run the factory simulator.",
        subcommands = {SimulateStreamCommand.class, SimulateFilesCommand.class, SimulatePlanCommand.class})
final class SimulateCommand {
}
