package org.floorwatch.app.cli;

import org.apache.kafka.common.KafkaException;
import org.floorwatch.floorplan.ClassNames;
import org.floorwatch.app.LogSetup;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The one line a failed command prints after {@code floorwatch: }: plain words, never a Java class name (a message
 * that still carries one from a library has it taken out), no stack trace ({@code --debug} shows it).
 */
final class UserMessages {

    private UserMessages() {
    }

    /** Wrong usage: {@code --from: '2026-13-01' is not a date (yyyy-MM-dd)} for a bad value, else picocli's words. */
    static String usage(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException bad && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + ": " + bad.getMessage();
        }
        return withoutClassNames(e.getMessage()) + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                + " --help')";
    }

    /** A command that failed: its message's first line; for the Kafka client, what it said, naming it. */
    static String oneLine(Throwable e) {
        Throwable shown = e;
        while (shown instanceof KafkaException && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected failure; the log in " + System.getProperty(LogSetup.LOG_DIR_PROPERTY, "the data folder")
                    + " has the details";
        }
        String first = withoutClassNames(message.lines().findFirst().orElse(message));
        return e instanceof KafkaException ? "Kafka client: " + first : first;
    }

    static String withoutClassNames(String message) {
        return ClassNames.removedFrom(message);
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        return spec instanceof PositionalParamSpec positional ? positional.paramLabel() : "a value";
    }
}
