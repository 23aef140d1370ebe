package org.floorwatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.floorwatch.app.cli.FloorwatchCommand;

/** One command line run in-process: its exit status, standard output and standard error (line ends as {@code \n}). */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FloorwatchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}
