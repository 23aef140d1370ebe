package org.floorwatch.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.floorwatch.ingest.kafka.KafkaServers;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate stream --kafka HOST:PORT}: the simulated floor's live messages, until Ctrl+C or a limit. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Send the simulated factory's live messages to Kafka until Ctrl+C (or a limit).")
final class SimulateStreamCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Bootstrap servers.")
    KafkaServers kafka;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "50",
            description = "At most N messages a second; 0: as fast as possible (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Simulated seconds per real second (default: ${DEFAULT-VALUE}, real time).")
    double speed;

    @Option(names = "--faults", description = "Add duplicates, late and out-of-order events and broken messages.")
    boolean faults;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "INSTANT",
            description = "Simulated start, ISO-8601 (default: now). Same seed, start and faults: the same messages.")
    Instant start;

    @Option(names = "--max-messages", paramLabel = "N", description = "Stop after N messages.")
    long maxMessages;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Stop after S seconds.")
    Long maxSeconds;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix of the three topic names.")
    String topicPrefix;

    @Mixin
    PlanOption plan;

    @Override
    public Integer call() {
        StreamSettings settings = new StreamSettings(kafka.text(), Topics.withPrefix(topicPrefix), seed, rate, faults, start,
                speed);
        StreamSimulator simulator = new StreamSimulator(plan.load(), settings);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "simulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SimulationLedger ledger = simulator.run(maxMessages, maxSeconds == null ? null : Duration.ofSeconds(maxSeconds),
                    stop::get);
            spec.commandLine().getOut().println("sent: " + ledger.sent() + " messages (" + ledger.newEvents() + " new, "
                    + ledger.duplicates() + " duplicate, " + ledger.quarantined() + " quarantined)");
        } finally {
            finished.countDown();
        }
        return 0;
    }
}
