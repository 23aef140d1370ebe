package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.alarm.LiveAlarms;

/**
 * Ingest speed through the real path (built-in broker -> KafkaIngest -> deduplicating DuckDB writer) beside the
 * {@link BaselineConsumers baselines} (a bare consumer that only reads and discards the same records; the same
 * consumer and decoder without the store) and beside the {@link NaiveIngest naive path} (JDBC executeBatch), in the
 * same run; and the real path with the live alarm evaluation ({@link LiveAlarms}) on,
 * for what that costs. Bare, decode, real and real with alarms run three times, alternately; the best run of each counts, so
 * no side pays the JIT's warm-up alone. The naive path runs once, last, warm.
 */
final class IngestBench {

    /** The longest the naive path may run; beyond it, its rate comes from the slice it did. */
    private static final Duration NAIVE_BUDGET = Duration.ofSeconds(30);
    /** Rounds of bare, decode, real and real-with-alarms, alternating; the best of each counts. */
    private static final int ROUNDS = 3;
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private final FloorPlan plan;
    private final long messages;
    private final PrintWriter out;

    IngestBench(FloorPlan plan, long messages, PrintWriter out) {
        this.plan = plan;
        this.messages = messages;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0, workDir.resolve("broker"))) {
            Topics topics = Topics.withPrefix("bench-");
            broker.createTopics(topics.all(), 1);
            out.printf(Locale.ROOT, "ingest: sending %,d simulated messages to the built-in broker...%n", messages);
            new StreamSimulator(plan, StreamSettings.defaults(broker.bootstrapServers()).withTopics(topics)
                    .withRate(0).withStart(Instant.parse("2026-11-02T05:00:00Z"))).run(messages, null, () -> false);
            KafkaSettings settings = KafkaSettings.plain(broker.bootstrapServers(), topics);
            BaselineConsumers baselines = new BaselineConsumers(settings, plan, messages);
            double bare = 0;
            double decoded = 0;
            double real = 0;
            double alarmed = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                bare = Math.max(bare, baselines.bare());
                decoded = Math.max(decoded, baselines.decoded());
                real = Math.max(real, realPath(settings, workDir.resolve("store-" + round), false));
                alarmed = Math.max(alarmed, realPath(settings, workDir.resolve("alarmed-" + round), true));
                out.printf(Locale.ROOT, "  round %d: bare consumer %,.0f events/s, consumer + decode %,.0f events/s, real "
                        + "path %,.0f events/s, with live alarms %,.0f events/s%n", round, bare, decoded, real, alarmed);
                out.flush();
            }
            NaiveIngest.Run naive = new NaiveIngest(plan, messages, NAIVE_BUDGET).run(settings, workDir.resolve("naive"));
            out.printf(Locale.ROOT, "  naive path: %,d of %,d records in %.1f s%s%n", naive.records(), messages,
                    naive.seconds(), naive.records() < messages
                            ? " (stopped at its time budget: its rate is that of this first slice)" : "");
            out.printf(Locale.ROOT, "%-44s %,14.0f events/s%n", "bare consumer (read and discard)", bare);
            out.printf(Locale.ROOT, "%-44s %,14.0f events/s%n", "consumer + decode (no store)", decoded);
            out.printf(Locale.ROOT, "%-44s %,14.0f events/s%n", "real path (decode, dedupe, DuckDB, offsets)", real);
            out.printf(Locale.ROOT, "%-44s %,14.0f events/s%n", "naive path (JDBC executeBatch, INSERT OR IGNORE)",
                    naive.perSecond());
            out.printf(Locale.ROOT, "%-44s %,14.0f events/s%n", "real path with live alarm evaluation", alarmed);
            out.printf(Locale.ROOT, "%-44s %14.3f (target <= 0.05)%n", "alarm cost: 1 - with alarms / real",
                    1 - alarmed / real);
            out.printf(Locale.ROOT, "%-44s %14.2f (target >= 0.60)%n", "real / consumer + decode", real / decoded);
            out.printf(Locale.ROOT, "%-44s %14.2f%n", "real / bare", real / bare);
            out.printf(Locale.ROOT, "%-44s %14.1f (target >= 20)%n", "real / naive", real / naive.perSecond());
            return List.of(new BenchFigure("ingest.events_per_s", real, "events/s"),
                    new BenchFigure("ingest.bare_events_per_s", bare, "events/s"),
                    new BenchFigure("ingest.decode_events_per_s", decoded, "events/s"),
                    new BenchFigure("ingest.naive_events_per_s", naive.perSecond(), "events/s"),
                    new BenchFigure("ingest.ratio_vs_decode", real / decoded, "ratio"),
                    new BenchFigure("ingest.ratio_vs_bare", real / bare, "ratio"),
                    new BenchFigure("ingest.ratio_vs_naive", real / naive.perSecond(), "ratio"),
                    new BenchFigure("ingest.alarm_events_per_s", alarmed, "events/s"),
                    new BenchFigure("ingest.alarm_cost_ratio", 1 - alarmed / real, "ratio"));
        }
    }

    /**
     * The real path into a fresh store; {@code withAlarms}: with the live alarm evaluation following the writer, the
     * time then running until it has evaluated every commit.
     */
    private double realPath(KafkaSettings settings, Path dataDir, boolean withAlarms) throws Exception {
        Files.createDirectories(dataDir);
        try (FloorStore store = FloorStore.open(dataDir);
             LiveAlarms alarms = withAlarms ? new LiveAlarms(plan, store) : null;
             KafkaIngest ingest = new KafkaIngest(settings, new MessageDecoder(plan), store.writer(), store.reader(),
                     status -> { })) {
            if (alarms != null) {
                alarms.awaitSettled(SETTLE);
            }
            AtomicLong stored = new AtomicLong();
            store.writer().addCommitListener(result -> {
                if (stored.addAndGet(result.newEvents() + result.duplicates() + result.quarantined()) >= messages) {
                    ingest.stop();
                }
            });
            long start = System.nanoTime();
            ingest.run(null);
            if (alarms != null) {
                alarms.awaitSettled(SETTLE);
            }
            long nanos = System.nanoTime() - start;
            return stored.get() / (nanos / 1e9);
        }
    }
}
