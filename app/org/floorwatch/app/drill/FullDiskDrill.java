package org.floorwatch.app.drill;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;

/**
 * The full-disk drill: a {@code consume} process writes its store on a small file system of its own, which is
 * filled to the last byte once the process stored its first batch. The process must end with status 1 and one
 * clear line, without a stack trace; once space is freed, a second run reads the rest of the stream and the store
 * must equal an uninterrupted run's, event for event.
 */
public final class FullDiskDrill {

    private static final Duration FAILURE_TIMEOUT = Duration.ofMinutes(2);

    private final FloorPlan plan;
    private final Path planFile;
    private final EmbeddedBroker broker;
    private final PrintWriter out;

    /** @param planFile the plan's file for the child processes, or null for the shipped plan */
    public FullDiskDrill(FloorPlan plan, Path planFile, EmbeddedBroker broker, PrintWriter out) {
        this.plan = plan;
        this.planFile = planFile;
        this.broker = broker;
        this.out = out;
    }

    /**
     * What the drill found.
     *
     * @param exitStatus the status of the process that met the full disk
     * @param message    the line it ended with ({@code floorwatch: ...}), or empty if it said none
     * @param stackTrace whether its output held a stack trace
     */
    public record Result(int exitStatus, String message, boolean stackTrace, StoreComparison comparison,
                         Duration elapsed) {

        public boolean passed() {
            return exitStatus == 1 && !message.isEmpty() && !stackTrace && comparison.equal();
        }

        public String line() {
            return "full-disk drill in " + elapsed.toSeconds() + " s: consume ended with status " + exitStatus
                    + (stackTrace ? " and a stack trace" : ", no stack trace") + ", saying \"" + message
                    + "\"; after freeing space and reading on, " + comparison.line();
        }
    }

    /** Runs the drill in {@code work}, on a {@code diskMegabytes} MB tmpfs mounted under it. */
    public Result run(long seed, long messages, int diskMegabytes, Path work) throws InterruptedException {
        long started = System.nanoTime();
        DrillStream stream = DrillStream.send(plan, planFile, broker, seed, messages);
        out.println(stream.ledger());
        Path whole = work.resolve("uninterrupted");
        stream.ingestUninterrupted(whole);
        try (SmallDisk disk = SmallDisk.mount(work.resolve("small-disk"), diskMegabytes)) {
            Path data = disk.root().resolve("data");
            List<String> said;
            Optional<Integer> exit;
            try (ConsumeProcess consume = ConsumeProcess.start(stream.consumeInSmallBatches(data))) {
                if (consume.awaitLine(line -> line.contains("first batch stored"), FAILURE_TIMEOUT).isEmpty()) {
                    throw new DrillException("consume never stored a first batch; it said: " + consume.tail());
                }
                out.println("filled the disk: " + disk.fill() + " bytes");
                exit = consume.waitFor(FAILURE_TIMEOUT);
                said = consume.lines();
            }
            if (exit.isEmpty()) {
                throw new DrillException("consume went on for " + FAILURE_TIMEOUT.toMinutes()
                        + " minutes on a full disk without ending");
            }
            said.forEach(line -> out.println("  consume: " + line));
            disk.free();
            out.println("freed the disk; reading on");
            try (ConsumeProcess consume = ConsumeProcess.start(stream.consumeToTheEnd(data))) {
                Optional<Integer> end = consume.waitFor(FAILURE_TIMEOUT);
                if (end.isEmpty() || end.get() != 0) {
                    throw new DrillException("consume after freeing space " + end.map(e -> "ended with status " + e)
                            .orElse("did not end") + "; it said: " + consume.tail());
                }
                consume.lines().forEach(line -> out.println("  consume again: " + line));
            }
            String message = said.stream().filter(line -> line.startsWith("floorwatch: ")).reduce((a, b) -> b)
                    .orElse("");
            boolean stackTrace = said.stream().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception in"));
            return new Result(exit.get(), message, stackTrace, StoreComparison.of(whole, data),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
