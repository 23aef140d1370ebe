package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageEncoder;
import org.floorwatch.ingest.simulator.SimulatedMessage;

/**
 * Event-to-screen latency at {@value #RATE} moves a second: the desktop app as {@code gui} runs it (the control
 * room on a site's Kafka: live ingest, store, live feed, floor screen) while a producer sends moves of
 * {@value #PARTS} parts through the built-in broker, each stamped with its send time (to the millisecond, as the
 * contract's messages are). A move's latency is the wall time of the first frame whose snapshot holds it (see
 * {@link ShownSnapshots#latenciesMillis}) minus that send time. The first seconds warm up and are not counted.
 */
final class FloorLatencyBench {

    static final int RATE = 10_000;
    static final int PARTS = 5_000;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(20);
    private static final Duration TAIL = Duration.ofSeconds(3);
    private static final long PAUSE_NANOS = 500_000;

    private final FloorPlan plan;
    private final PrintWriter out;

    FloorLatencyBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        HeadlessFx.start();
        Topics topics = Topics.withPrefix("latency-");
        try (EmbeddedBroker broker = EmbeddedBroker.start(0, workDir.resolve("broker"))) {
            broker.createTopics(topics.all(), 1);
            var config = BenchSite.config(workDir, broker.bootstrapServers(), topics, workDir.resolve("store"));
            out.printf(Locale.ROOT, "floor latency: %,d moves/s of %,d parts for %d s (after %d s warm-up)...%n", RATE,
                    PARTS, MEASURED.toSeconds(), WARM_UP.toSeconds());
            out.flush();
            try (ControlRoom room = ControlRoom.live(config)) {
                FloorScreen screen = FloorScreen.open(room);
                CommitLag lag = new CommitLag((int) (RATE * (MEASURED.toSeconds() + TAIL.toSeconds())));
                room.sources().store().writer().addCommitListener(lag);
                try {
                    Sent sent = send(broker.bootstrapServers(), topics, lag);
                    Thread.sleep(TAIL.toMillis());
                    out.printf(Locale.ROOT, "  the store holds %,d moves %d s after the last was sent%n",
                            room.sources().store().reader().counts().moves(), TAIL.toSeconds());
                    double[] latencies = HeadlessFx.call(
                            () -> screen.shown().latenciesMillis(sent.at(), sent.parts(), sent.count()));
                    room.sources().store().writer().removeCommitListener(lag);
                    List<BenchFigure> figures = new ArrayList<>(figures(sent, latencies, ShownSnapshots.micros(Instant.now())));
                    double[] commit = lag.sendToCommit();
                    double[] gaps = lag.commitGaps();
                    out.printf(Locale.ROOT, "  %-40s %8.0f ms p50, %6.0f ms p99, %6.0f ms max%n", "send to commit (in the store)",
                            commit[0], commit[1], commit[2]);
                    out.printf(Locale.ROOT, "  %-40s %8.0f ms p50, %6.0f ms p99, %6.0f ms max (%,d commits)%n",
                            "time between commits", gaps[0], gaps[1], gaps[2], lag.commits());
                    figures.add(new BenchFigure("floor.latency_commit_p99_ms", commit[1], "ms"));
                    return figures;
                } finally {
                    screen.close();
                }
            }
        }
    }

    /** The measured moves: their send times (as stamped) and parts. */
    private record Sent(Instant[] at, String[] parts, int count) { }

    /** Sends moves at the rate for the warm-up and the measured time; returns the measured ones. */
    private Sent send(String bootstrapServers, Topics topics, CommitLag lag) {
        MovingParts parts = new MovingParts(plan, PARTS, 11);
        MessageEncoder encoder = new MessageEncoder(topics);
        int capacity = (int) (RATE * MEASURED.toSeconds());
        Sent sent = new Sent(new Instant[capacity], new String[capacity], 0);
        int count = 0;
        long sentTotal = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrapServers))) {
            long start = System.nanoTime();
            long measureFrom = start + WARM_UP.toNanos();
            lag.from(Instant.now().plus(WARM_UP));
            long end = measureFrom + MEASURED.toNanos();
            long now;
            while ((now = System.nanoTime()) < end) {
                long due = (now - start) * RATE / 1_000_000_000L;
                for (; sentTotal < due; sentTotal++) {
                    PartMove move = parts.next(Instant.now().truncatedTo(ChronoUnit.MILLIS));
                    SimulatedMessage message = encoder.encode(move);
                    producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()));
                    if (now >= measureFrom && count < capacity) {
                        sent.at()[count] = move.ts();
                        sent.parts()[count++] = move.part();
                    }
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "  sent %,d moves in %.1f s (%,.0f a second)%n", sentTotal, seconds, sentTotal / seconds);
        }
        return new Sent(sent.at(), sent.parts(), count);
    }

    /** Latencies with the moves no frame showed counted as shown now (so the figures are lower bounds then). */
    private List<BenchFigure> figures(Sent sent, double[] latencies, long nowMicros) {
        long unseen = 0;
        for (int i = 0; i < latencies.length; i++) {
            if (latencies[i] < 0) {
                latencies[i] = (nowMicros - ShownSnapshots.micros(sent.at()[i])) / 1e3;
                unseen++;
            }
        }
        double[] seen = Arrays.stream(latencies).sorted().toArray();
        double p50 = percentile(seen, 50);
        double p99 = percentile(seen, 99);
        out.printf(Locale.ROOT, "  %,d moves measured, %,d not on screen %d s after the last was sent%s%n",
                sent.count(), unseen, TAIL.toSeconds(), unseen > 0 ? " (counted as shown now: a lower bound)" : "");
        out.printf(Locale.ROOT, "  %-40s %8.0f ms%n", "event to screen, p50", p50);
        out.printf(Locale.ROOT, "  %-40s %8.0f ms   (target p99 <= 250 ms)%n", "event to screen, p99", p99);
        out.printf(Locale.ROOT, "  %-40s %8.0f ms%n", "event to screen, max", seen.length == 0 ? 0 : seen[seen.length - 1]);
        return List.of(new BenchFigure("floor.latency_p50_ms", p50, "ms"),
                new BenchFigure("floor.latency_p99_ms", p99, "ms"));
    }

    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static Properties producerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "floorwatch-bench-floor");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5); // Kafka 4's default, written out
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }
}
