package org.floorwatch.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code floorwatch} command line (contract section 6); with no command it runs the demo. */
@Command(name = "floorwatch", mixinStandardHelpOptions = true, version = "Floorwatch 0.1",
        description = "Desktop control room for factories.",
        subcommands = {DemoCommand.class, GuiCommand.class, BrokerCommand.class, SimulateCommand.class,
            ConsumeCommand.class, ImportCommand.class, ReportCommand.class, FloorCommand.class, AlarmsCommand.class,
            AuditCommand.class,
            ExportCommand.class,
            BenchCommand.class, DrillCommand.class})
public final class FloorwatchCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean debug;

    @Override
    public Integer call() throws InterruptedException {
        return new DemoCommand().call();
    }

    /** Runs one command line and returns its exit status: 0 done, 1 failed, 2 wrong usage. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new FloorwatchCommand());
        OptionValues.registerOn(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            err.println("floorwatch: " + UserMessages.usage(e));
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("floorwatch: " + UserMessages.oneLine(e));
            }
            if (!(e instanceof UserError)) {
                LoggerFactory.getLogger(FloorwatchCommand.class).error("command failed", e);
            }
            return 1;
        });
        return cli.execute(args);
    }
}
