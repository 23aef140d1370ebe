package org.floorwatch.app.cli;

import picocli.CommandLine.Command;

/** {@code export lake}: the store's history for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the store's history for other tools.",
        subcommands = {ExportLakeCommand.class, ExportMovesCommand.class})
final class ExportCommand {
}
