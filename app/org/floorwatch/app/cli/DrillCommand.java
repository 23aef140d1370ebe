package org.floorwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.floorwatch.app.drill.FullDiskDrill;
import org.floorwatch.app.drill.KillDrill;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drill kill|full-disk}: survival drills against a built-in broker, each ending with one result line and
 * exit status 0 (passed) or 1 (failed).
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Survival drills: kill -9 while ingesting, a full disk while writing.",
        subcommands = {DrillCommand.Kill.class, DrillCommand.FullDisk.class})
final class DrillCommand {

    /** Options every drill has. */
    static final class Common {

        @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temp folder).")
        Path work;

        @Mixin
        PlanOption plan;

        /** Runs {@code drill} with a built-in broker in the scratch folder; returns the drill's exit status. */
        int withBroker(String name, DrillRun drill) throws IOException, InterruptedException {
            Path workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("floorwatch-" + name + "-");
            try (EmbeddedBroker broker = EmbeddedBroker.start(0, workDir.resolve("broker"))) {
                return drill.run(broker, workDir);
            }
        }
    }

    /** A drill run against a started broker. */
    @FunctionalInterface
    interface DrillRun {
        int run(EmbeddedBroker broker, Path work) throws InterruptedException;
    }

    @Command(name = "kill", mixinStandardHelpOptions = true,
            description = "kill -9 a consuming process N times, the kills spread over the whole stream, then compare its store "
                + "with an uninterrupted run's.")
    static final class Kill implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--times", paramLabel = "N", defaultValue = "100", description = "Kills (default: ${DEFAULT-VALUE}).")
        int times;

        @Option(names = "--messages", paramLabel = "N", description = "Messages in the stream (default: 1,000 a kill, at least 60,000).")
        Long messages;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (times < 1) {
                throw new UserError("--times must be at least 1, not " + times);
            }
            PrintWriter out = spec.commandLine().getOut();
            long streamSize = messages != null ? messages : Math.max(60_000, 1_000L * times);
            return common.withBroker("kill-drill", (broker, work) -> {
                KillDrill.Result result = new KillDrill(common.plan.load(), common.plan.plan, broker, out)
                        .run(new KillDrill.Settings(times, common.seed, streamSize), work);
                out.println(result.line());
                return result.passed() ? 0 : 1;
            });
        }
    }

    @Command(name = "full-disk", mixinStandardHelpOptions = true,
            description = "Fill the disk under a consuming process (a tmpfs; needs root), then check its message and its store.")
    static final class FullDisk implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--messages", paramLabel = "N", defaultValue = "100000",
                description = "Messages in the stream (default: ${DEFAULT-VALUE}).")
        long messages;

        @Option(names = "--disk-mb", paramLabel = "MB", defaultValue = "32",
                description = "Size of the small file system (default: ${DEFAULT-VALUE}).")
        int diskMegabytes;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            return common.withBroker("full-disk-drill", (broker, work) -> {
                FullDiskDrill.Result result = new FullDiskDrill(common.plan.load(), common.plan.plan, broker, out)
                        .run(common.seed, messages, diskMegabytes, work);
                out.println(result.line());
                return result.passed() ? 0 : 1;
            });
        }
    }
}
