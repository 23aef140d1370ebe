package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.floorwatch.app.cli.ClientProperty;
import org.floorwatch.app.cli.FloorwatchCommand;
import org.floorwatch.ingest.kafka.KafkaServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option of every command that takes a date, an instant, a number, a path or host:port answers a bad value
 * with one plain line (exit 2), and the other ways a command fails (a missing file, an unreadable plan, a Kafka
 * property the client refuses) are one plain line too (exit 1): never a Java class name, never a stack trace.
 */
class PlainErrorLinesTest {

    /** A bad value of each type, and the words that must follow it. */
    private static final Map<Class<?>, String[]> BAD = Map.ofEntries(
            Map.entry(LocalDate.class, new String[] {"2026-13-01", "is not a date (yyyy-MM-dd)"}),
            Map.entry(Instant.class, new String[] {"yesterday", "is not an instant (ISO-8601 with an offset, "}),
            Map.entry(int.class, new String[] {"three", "is not a whole number"}),
            Map.entry(Integer.class, new String[] {"3.5", "is not a whole number"}),
            Map.entry(long.class, new String[] {"1x", "is not a whole number"}),
            Map.entry(Long.class, new String[] {"", "is not a whole number"}),
            Map.entry(double.class, new String[] {"fast", "is not a number"}),
            Map.entry(Double.class, new String[] {"NaN", "is not a number"}),
            Map.entry(Path.class, new String[] {"a\u0000b", "is not a path (nul character not allowed)"}),
            Map.entry(KafkaServers.class, new String[] {"broker-1", "is not HOST:PORT (or several, separated by commas)"}),
            Map.entry(ClientProperty.class, new String[] {"acks", "is not KEY=VALUE"}));

    /** A Java class name as it would leak into a message: a qualified name, or a name ending in Exception. */
    private static final Pattern JAVA = Pattern.compile("\\b(java|javax|org|picocli)\\.[a-z]+\\.|[A-Za-z]+(Exception|Error)\\b");

    @TempDir
    Path dir;

    @Test
    void everyTypedOptionOfEveryCommandSaysWhatIsWrongWithABadValueInOneLine() {
        List<String> checked = new ArrayList<>();
        for (CommandLine command : commands(new CommandLine(new FloorwatchCommand()), new ArrayList<>())) {
            List<String> path = qualifiedPath(command);
            for (ArgSpec arg : command.getCommandSpec().args()) {
                Class<?> type = arg.isMultiValue() ? arg.auxiliaryTypes()[0] : arg.type();
                String[] bad = BAD.get(type);
                if (bad == null || arg instanceof PositionalParamSpec p && p.arity().min() == 0) {
                    continue; // an optional positional leaves a value it cannot take to the others: "Unmatched argument"
                }
                List<String> args = new ArrayList<>(path);
                String name = arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
                if (arg instanceof OptionSpec) {
                    args.add(name);
                }
                args.add(bad[0]);
                CliRun run = CliRun.run(args.toArray(String[]::new));

                assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.err()).as(String.join(" ", args))
                        .startsWith("floorwatch: " + name + ": '" + bad[0] + "' " + bad[1]).endsWith("\n");
                assertOneLineWithoutJava(run);
                checked.add(String.join(" ", path) + " " + name);
            }
        }
        assertThat(checked).as("typed options checked").hasSizeGreaterThan(30)
                .contains("report --from", "report --to", "simulate stream --start", "consume --kafka",
                        "consume --idle-exit", "consume --kafka-property", "simulate files --days", "broker --port",
                        "import --data", "drill kill --times");
    }

    @Test
    void otherFailuresAreOnePlainLineToo() throws Exception {
        Path data = dir.resolve("data");
        Path aFile = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
        Path brokenPlan = Files.writeString(dir.resolve("plan.json"), "{\"site\": ");
        String missing = dir.resolve("missing.json").toString();
        CliRun.run("import", Files.writeString(dir.resolve("e.csv"), "date,machine,kwh,peak_kw\n").toString(),
                "--data", data.toString());

        assertPlainFailure(CliRun.run("consume", "--kafka", "127.0.0.1:1", "--data", data.toString(), "--plan", missing),
                "floor plan " + missing + ": no such file");
        assertPlainFailure(CliRun.run("import", "x.csv", "--data", data.toString(), "--plan", brokenPlan.toString()),
                "floor plan " + brokenPlan + ": not valid JSON (");
        assertPlainFailure(CliRun.run("consume", "--kafka", "127.0.0.1:1", "--data", data.toString(), "--plan",
                dir.toString()), "floor plan " + dir + ": cannot be read (is a directory)");
        assertPlainFailure(CliRun.run("consume", "--kafka", "127.0.0.1:1", "--data", data.toString(), "--idle-exit", "1",
                "--kafka-property", "fetch.min.bytes=lots"), "Kafka client: Invalid value lots for configuration fetch.min.bytes");
        assertPlainFailure(CliRun.run("consume", "--kafka", "127.0.0.1:1", "--data", aFile.toString()),
                "cannot create data folder " + aFile + ": a file of that name already exists");
        assertPlainFailure(CliRun.run("report", "energy", "--from", "2026-11-02", "--to", "2026-11-02", "--data",
                data.toString(), "--xlsx", aFile.resolve("energy.xlsx").toString()), "cannot write "
                + aFile.resolve("energy.xlsx") + ": ");
        assertPlainFailure(CliRun.run("report", "energy", "--from", "2026-11-02", "--to", "2026-11-02", "--data",
                data.toString(), "--json", aFile.resolve("report.json").toString()), "cannot write " + aFile.resolve("report.json"));
        assertPlainFailure(CliRun.run("gui", "--config", missing), "config file " + missing + " does not exist");
        assertPlainFailure(CliRun.run("import", missing.replace(".json", ".txt"), "--data", data.toString()),
                "refused " + missing.replace(".json", ".txt") + ": no such file");
    }

    private static void assertPlainFailure(CliRun run, String start) {
        assertThat(run.status()).as(run.err()).isIn(1, 2);
        assertThat(run.err()).startsWith("floorwatch: " + start);
        assertOneLineWithoutJava(run);
    }

    private static void assertOneLineWithoutJava(CliRun run) {
        assertThat(run.err().lines()).as(run.err()).filteredOn(line -> line.startsWith("floorwatch: ")).hasSize(1);
        assertThat(run.err()).as(run.err()).doesNotContainPattern(JAVA).doesNotContain("\tat ");
    }

    private static List<CommandLine> commands(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> commands(sub, all));
        return all;
    }

    private static List<String> qualifiedPath(CommandLine command) {
        List<String> path = new ArrayList<>();
        for (CommandLine at = command; at.getParent() != null; at = at.getParent()) {
            path.add(0, at.getCommandName());
        }
        return path;
    }
}
