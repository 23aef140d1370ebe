package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.app.desktop.DesktopLauncher;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageEncoder;
import org.floorwatch.ingest.simulator.SimulatedMessage;

/**
 * What the Floor screen costs at steady state: the desktop app as {@code gui} runs it (control room on a site's
 * Kafka, here a built-in broker in this process; the main window on the floor screen, headless, software pipeline)
 * while a producer sends {@value #RATE} moves a second of {@value #PARTS} parts walking the routes at wall-clock time,
 * so parts are always on their way. After {@code WARM_UP}, the CPU time this process uses over {@code MEASURED}, as
 * a share of one core; beside it, the share of the screen's own threads (JavaFX, renderer, the frame timer).
 */
final class FloorIdleBench {

    static final int RATE = 45;
    static final int PARTS = 300;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration MEASURED = Duration.ofSeconds(30);
    private static final int TOP_THREADS = 12;
    private static final List<String> SCREEN_THREADS = List.of("JavaFX Application Thread", "QuantumRenderer", "fx-ticks");

    private final FloorPlan plan;
    private final PrintWriter out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    FloorIdleBench(FloorPlan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    List<BenchFigure> run(Path workDir) throws Exception {
        HeadlessFx.start();
        Topics topics = Topics.withPrefix("idle-");
        try (EmbeddedBroker broker = EmbeddedBroker.start(0, workDir.resolve("broker"))) {
            broker.createTopics(topics.all(), 1);
            var config = BenchSite.config(workDir, broker.bootstrapServers(), topics, workDir.resolve("store"));
            out.printf(Locale.ROOT, "floor at steady state: %d moves/s of %d parts, %d s after %d s warm-up...%n", RATE,
                    PARTS, MEASURED.toSeconds(), WARM_UP.toSeconds());
            out.flush();
            try (ControlRoom room = ControlRoom.live(config)) {
                Stage stage = HeadlessFx.call(() -> {
                    Stage window = new Stage();
                    DesktopLauncher.mainWindow(room).show(window);
                    room.windowShown();
                    return window;
                });
                AtomicBoolean sending = new AtomicBoolean(true);
                Thread sender = new Thread(() -> send(broker.bootstrapServers(), topics, sending), "bench-idle-sender");
                sender.start();
                try {
                    Thread.sleep(WARM_UP.toMillis());
                    return measure();
                } finally {
                    sending.set(false);
                    sender.join();
                    HeadlessFx.run(stage::hide);
                }
            }
        }
    }

    private List<BenchFigure> measure() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processBefore = os.getProcessCpuTime();
        Map<String, Long> before = threadCpu();
        long began = System.nanoTime();
        Thread.sleep(MEASURED.toMillis());
        double wall = System.nanoTime() - began;
        double process = (os.getProcessCpuTime() - processBefore) / wall;
        Map<String, Long> after = threadCpu();
        Map<String, Double> shares = new HashMap<>();
        after.forEach((name, nanos) -> shares.put(name, (nanos - before.getOrDefault(name, 0L)) / wall));
        out.printf(Locale.ROOT, "  %-40s %8s%n", "CPU, share of one core (busiest threads)", "share");
        shares.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(TOP_THREADS)
                .forEach(e -> out.printf(Locale.ROOT, "  %-40s %8.3f%n", e.getKey(), e.getValue()));
        double screen = shares.entrySet().stream().filter(e -> SCREEN_THREADS.stream().anyMatch(e.getKey()::startsWith))
                .mapToDouble(Map.Entry::getValue).sum();
        out.printf(Locale.ROOT, "  %-40s %8.3f%n", "the screen's threads together", screen);
        out.printf(Locale.ROOT, "  %-40s %8.3f   (target <= 0.15)%n", "whole process (ingest and broker too)", process);
        return List.of(new BenchFigure("floor.idle_cpu_share", process, "share"),
                new BenchFigure("floor.idle_screen_cpu_share", screen, "share"));
    }

    /** CPU nanoseconds so far of every live thread, by name (threads of one name summed). */
    private Map<String, Long> threadCpu() {
        Map<String, Long> nanos = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpu = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                nanos.merge(info.getThreadName(), cpu, Long::sum);
            }
        }
        return nanos;
    }

    /** {@value #RATE} moves a second, stamped with the wall clock, until told to stop. */
    private void send(String bootstrapServers, Topics topics, AtomicBoolean sending) {
        MovingParts parts = new MovingParts(plan, PARTS, 13);
        MessageEncoder encoder = new MessageEncoder(topics);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "floorwatch-bench-idle");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            long start = System.nanoTime();
            long sent = 0;
            while (sending.get()) {
                long due = (System.nanoTime() - start) * RATE / 1_000_000_000L;
                for (; sent < due; sent++) {
                    PartMove move = parts.next(Instant.now().truncatedTo(ChronoUnit.MILLIS));
                    SimulatedMessage message = encoder.encode(move);
                    producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()));
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
