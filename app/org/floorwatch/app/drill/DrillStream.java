package org.floorwatch.app.drill;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import org.floorwatch.localstore.FloorStore;

/**
 * A drill's live stream: a faulty simulated stream (duplicates, late events, broken messages) sent whole to the
 * broker under topics of its own, the store an uninterrupted ingest makes of it, and the {@code consume} command
 * line that reads it.
 */
final class DrillStream {

    /** Small fetches, so a child {@code consume} stores many small batches and the disk fills mid-stream. */
    private static final List<String> SMALL_FETCHES = List.of("--kafka-property", "max.partition.fetch.bytes=4096",
            "--kafka-property", "fetch.max.bytes=8192", "--kafka-property", "max.poll.records=200");
    /** Long enough for a cold child process on a busy machine to find its partitions and fetch again. */
    private static final Duration IDLE_EXIT = Duration.ofSeconds(5);
    private static final Instant START = Instant.parse("2026-11-02T05:00:00Z");

    private final FloorPlan plan;
    private final Path planFile;
    private final EmbeddedBroker broker;
    private final Topics topics;
    private final String topicPrefix;
    private final SimulationLedger ledger;

    private DrillStream(FloorPlan plan, Path planFile, EmbeddedBroker broker, String topicPrefix,
                        SimulationLedger ledger) {
        this.plan = plan;
        this.planFile = planFile;
        this.broker = broker;
        this.topicPrefix = topicPrefix;
        this.topics = Topics.withPrefix(topicPrefix);
        this.ledger = ledger;
    }

    /**
     * Sends {@code messages} messages of the simulated floor of {@code plan} ({@code planFile}, or null for the
     * shipped plan) with faults, under a new topic prefix, as fast as the broker takes them.
     */
    static DrillStream send(FloorPlan plan, Path planFile, EmbeddedBroker broker, long seed, long messages) {
        String prefix = "drill-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Topics topics = Topics.withPrefix(prefix);
        broker.createTopics(topics.all(), 2);
        SimulationLedger ledger = new StreamSimulator(plan, StreamSettings.defaults(broker.bootstrapServers())
                .withTopics(topics).withSeed(seed).withFaults(true).withRate(0).withStart(START))
                .run(messages, null, () -> false);
        return new DrillStream(plan, planFile, broker, prefix, ledger);
    }

    /** What was sent, and what a consumer of all of it must store. */
    SimulationLedger ledger() {
        return ledger;
    }

    /** Reads the whole stream in this process, without interruption, into the store in {@code data}. */
    void ingestUninterrupted(Path data) {
        try (FloorStore store = FloorStore.open(data);
             KafkaIngest ingest = new KafkaIngest(KafkaSettings.plain(broker.bootstrapServers(), topics),
                     new MessageDecoder(plan), store.writer(), store.reader(), status -> { })) {
            ingest.run(IDLE_EXIT);
        }
    }

    /** {@code consume} arguments reading the stream into {@code data} in small batches, until killed. */
    List<String> consumeInSmallBatches(Path data) {
        List<String> args = consumeArgs(data);
        args.addAll(SMALL_FETCHES);
        return args;
    }

    /**
     * {@code consume} arguments reading the stream into {@code data} at full speed, until killed: batches of up to
     * {@code batch} records, or as large as the client makes them (20,000) when it is empty.
     */
    List<String> consumeUntilKilled(Path data, OptionalInt batch) {
        List<String> args = consumeArgs(data);
        batch.ifPresent(records -> args.addAll(List.of("--kafka-property", "max.poll.records=" + records)));
        return args;
    }

    /** {@code consume} arguments reading the rest of the stream into {@code data}, then ending. */
    List<String> consumeToTheEnd(Path data) {
        List<String> args = consumeArgs(data);
        args.addAll(List.of("--idle-exit", String.valueOf(IDLE_EXIT.toSeconds())));
        return args;
    }

    private List<String> consumeArgs(Path data) {
        List<String> args = new ArrayList<>(List.of("--kafka", broker.bootstrapServers(), "--data", data.toString(),
                "--topic-prefix", topicPrefix));
        if (planFile != null) {
            args.addAll(List.of("--plan", planFile.toString()));
        }
        return args;
    }
}
