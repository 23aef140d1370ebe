package org.floorwatch.app.drill;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.KafkaOffset;

/**
 * The kill -9 drill: a faulty stream is read once without interruption into one store, and into a second store by
 * a {@code consume} process that is killed like {@code kill -9} again and again, each time at a random moment after
 * it stored its first batch, then run to the end. The two stores must be equal, event for event.
 */
public final class KillDrill {

    private static final Duration FIRST_BATCH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FINAL_RUN_TIMEOUT = Duration.ofMinutes(5);

    private final FloorPlan plan;
    private final Path planFile;
    private final EmbeddedBroker broker;
    private final PrintWriter out;

    /**
     * @param planFile the plan's file for the child processes, or null for the shipped plan
     * @param out      where each kill is reported as it happens
     */
    public KillDrill(FloorPlan plan, Path planFile, EmbeddedBroker broker, PrintWriter out) {
        this.plan = plan;
        this.planFile = planFile;
        this.broker = broker;
        this.out = out;
    }

    /**
     * How the drill runs.
     *
     * @param kills    how many times the consuming process is killed
     * @param seed     the seed of the stream and of the kill moments
     * @param messages how many messages the stream has
     * @param maxDelay a kill comes a random time up to this long after the process stored its first batch
     */
    public record Settings(int kills, long seed, long messages, Duration maxDelay) { }

    /**
     * What the drill found.
     *
     * @param midStream kills that landed after the process stored a batch and before it reached the stream's end
     */
    public record Result(int kills, int midStream, long sent, StoreComparison comparison, Duration elapsed) {

        public boolean passed() {
            return comparison.equal();
        }

        public String line() {
            return "kill drill: " + kills + " kills (" + midStream + " mid-stream) of a " + sent + "-message stream in "
                    + elapsed.toSeconds() + " s; " + comparison.line();
        }
    }

    /**
     * Runs the drill in {@code work} (the two data folders go there).
     *
     * @throws DrillException if a child process does not behave (no first batch, no clean end)
     */
    public Result run(Settings settings, Path work) throws InterruptedException {
        long started = System.nanoTime();
        DrillStream stream = DrillStream.send(plan, planFile, broker, settings.seed(), settings.messages());
        long sent = stream.ledger().sent();
        out.println(stream.ledger());
        Path whole = work.resolve("uninterrupted");
        Path killed = work.resolve("killed");
        stream.ingestUninterrupted(whole);
        Random random = new Random(settings.seed());
        int midStream = 0;
        long position = 0;
        for (int kill = 1; kill <= settings.kills(); kill++) {
            boolean atTheEnd = position == sent;
            try (ConsumeProcess consume = ConsumeProcess.start(stream.consumeUntilKilled(killed))) {
                String awaited = atTheEnd ? "assigned" : "first batch stored";
                if (consume.awaitLine(line -> line.contains(awaited), FIRST_BATCH_TIMEOUT).isEmpty()) {
                    throw new DrillException("consume (kill " + kill + ") never said '" + awaited + "'; it said: "
                            + consume.tail());
                }
                Thread.sleep(random.nextLong(Math.max(1, settings.maxDelay().toMillis())));
                consume.kill();
            }
            long before = position;
            position = storedPosition(killed);
            boolean landedMidStream = position > before && position < sent;
            midStream += landedMidStream ? 1 : 0;
            out.printf("kill %d/%d at %d s: %d of %d messages stored%s%n", kill, settings.kills(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), position, sent,
                    landedMidStream ? " (mid-stream)" : "");
            out.flush();
        }
        runToTheEnd(stream, killed);
        StoreComparison comparison = StoreComparison.of(whole, killed);
        return new Result(settings.kills(), midStream, sent, comparison,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void runToTheEnd(DrillStream stream, Path data) throws InterruptedException {
        try (ConsumeProcess consume = ConsumeProcess.start(stream.consumeToTheEnd(data))) {
            Optional<Integer> exit = consume.waitFor(FINAL_RUN_TIMEOUT);
            if (exit.isEmpty() || exit.get() != 0) {
                throw new DrillException("the final consume " + exit.map(e -> "ended with status " + e)
                        .orElse("did not end") + "; it said: " + consume.tail());
            }
        }
    }

    /** How many messages the store has read: the sum of its stored next offsets. */
    private static long storedPosition(Path data) {
        try (FloorStore store = FloorStore.open(data)) {
            return store.reader().kafkaOffsets().stream().mapToLong(KafkaOffset::nextOffset).sum();
        }
    }
}
