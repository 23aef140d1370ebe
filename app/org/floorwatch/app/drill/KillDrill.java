package org.floorwatch.app.drill;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.KafkaOffset;

/**
 * The kill -9 drill: a faulty stream is read once without interruption into one store, and into a second store by a
 * {@code consume} process that is killed like {@code kill -9} again and again, each life reading a random share of
 * the stream at full speed before its kill (see {@link KillPlan}), then run to the end. The two stores must be
 * equal, event for event. Each kill is reported with where it landed: the messages stored at the kill, of the total.
 */
public final class KillDrill {

    private static final Duration LIFE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FINAL_RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern PROGRESS = Pattern.compile("read (\\d+) records");

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
     * @param seed     the seed of the stream and of the kill plan
     * @param messages how many messages the stream has
     */
    public record Settings(int kills, long seed, long messages) { }

    /**
     * What the drill found.
     *
     * @param midStream kills that landed after the process stored a batch and before it reached the stream's end
     * @param landed    the messages stored at each kill, in order
     */
    public record Result(int kills, int midStream, long sent, List<Long> landed, StoreComparison comparison,
                         Duration elapsed) {

        public boolean passed() {
            return comparison.equal();
        }

        public String line() {
            long first = landed.stream().mapToLong(Long::longValue).min().orElse(0);
            long last = landed.stream().mapToLong(Long::longValue).max().orElse(0);
            return "kill drill: " + kills + " kills (" + midStream + " mid-stream, landing from " + percent(first, sent)
                    + " to " + percent(last, sent) + " of the stream) of a " + sent + "-message stream in "
                    + elapsed.toSeconds() + " s; " + comparison.line();
        }
    }

    /**
     * Runs the drill in {@code work} (the two data folders go there).
     *
     * @throws DrillException if a child process does not behave (no progress, no clean end)
     */
    public Result run(Settings settings, Path work) throws InterruptedException {
        long started = System.nanoTime();
        DrillStream stream = DrillStream.send(plan, planFile, broker, settings.seed(), settings.messages());
        long sent = stream.ledger().sent();
        out.println(stream.ledger());
        Path whole = work.resolve("uninterrupted");
        Path killed = work.resolve("killed");
        long uninterrupted = System.nanoTime();
        stream.ingestUninterrupted(whole);
        Duration perMessage = Duration.ofNanos((System.nanoTime() - uninterrupted) / Math.max(1, sent));
        KillPlan kills = new KillPlan(settings.seed(), sent, settings.kills());
        List<Long> landed = new ArrayList<>();
        int midStream = 0;
        long position = 0;
        for (int kill = 1; kill <= settings.kills(); kill++) {
            long before = position;
            long target = kills.target(kill, position);
            OptionalInt batch = kills.batchSize(target - position);
            try (ConsumeProcess consume = ConsumeProcess.startReportingProgress(stream.consumeUntilKilled(killed, batch))) {
                if (batch.isPresent() || before >= sent) {
                    awaitTarget(consume, kill, before, target, sent, kills);
                } else {
                    awaitLine(consume, kill, "assigned");
                    Thread.sleep(kills.fullSpeedDelayMillis(perMessage.multipliedBy(target - before)));
                }
                consume.kill();
            }
            position = storedPosition(killed);
            landed.add(position);
            boolean landedMidStream = position > before && position < sent;
            midStream += landedMidStream ? 1 : 0;
            out.printf("kill %d/%d at %d s: %d of %d messages stored (%s)%s; this life read %d%s in batches of up to %s%n",
                    kill, settings.kills(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), position, sent,
                    percent(position, sent), landedMidStream ? ", mid-stream" : "", position - before,
                    position == before && before < sent ? " (killed before its first batch was stored)" : "",
                    batch.isPresent() ? String.valueOf(batch.getAsInt()) : KillPlan.FULL_SPEED + " (full speed)");
            out.flush();
        }
        runToTheEnd(stream, killed);
        StoreComparison comparison = StoreComparison.of(whole, killed);
        return new Result(settings.kills(), midStream, sent, List.copyOf(landed), comparison,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Waits until the child has stored {@code target} messages (it says how many it read after each batch), then a
     * random part of its last commit cycle. At the stream's end already, waits until it has its partitions.
     */
    private static void awaitTarget(ConsumeProcess consume, int kill, long before, long target, long sent, KillPlan kills)
            throws InterruptedException {
        long[] lastBatchAt = {System.nanoTime(), System.nanoTime()};
        Optional<String> reached = consume.awaitLine(line -> {
            if (before >= sent) {
                return line.contains("assigned");
            }
            Matcher progress = PROGRESS.matcher(line);
            if (!progress.find()) {
                return false;
            }
            lastBatchAt[0] = lastBatchAt[1];
            lastBatchAt[1] = System.nanoTime();
            return before + Long.parseLong(progress.group(1)) >= target;
        }, LIFE_TIMEOUT);
        if (reached.isEmpty()) {
            throw new DrillException("consume (kill " + kill + ") did not reach " + target + " stored messages; it said: "
                    + consume.tail());
        }
        Thread.sleep(kills.delayMillis(Duration.ofNanos(lastBatchAt[1] - lastBatchAt[0]).toMillis()));
    }

    private static void awaitLine(ConsumeProcess consume, int kill, String words) throws InterruptedException {
        if (consume.awaitLine(line -> line.contains(words), LIFE_TIMEOUT).isEmpty()) {
            throw new DrillException("consume (kill " + kill + ") never said '" + words + "'; it said: " + consume.tail());
        }
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

    private static String percent(long part, long whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }
}
