package org.floorwatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.floorwatch.app.cli.FloorwatchCommand;

/** One command line run in this JVM: its exit status and what it printed on standard output and error. */
public record CliRun(int status, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FloorwatchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}
