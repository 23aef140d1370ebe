package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.QuarantinedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of {@code consume} mid-stream, again and again: the store ends equal to an uninterrupted run's. */
class ConsumeKillTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();

    @Test
    void aConsumerKilledMidStreamEndsWithTheSameStoreAsAnUninterruptedOne(@TempDir Path whole, @TempDir Path killed)
            throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        String prefix = SharedBroker.topicPrefix("kill");
        Topics topics = Topics.withPrefix(prefix);
        broker.createTopics(topics.all(), 2);
        SimulationLedger ledger = new StreamSimulator(PLAN, StreamSettings.defaults(broker.bootstrapServers())
                .withTopics(topics).withSeed(5).withFaults(true).withRate(0)
                .withStart(Instant.parse("2026-11-02T05:00:00Z"))).run(60_000, null, () -> false);

        try (FloorStore store = FloorStore.open(whole);
             KafkaIngest ingest = new KafkaIngest(KafkaSettings.plain(broker.bootstrapServers(), topics),
                     new MessageDecoder(PLAN), store.writer(), store.reader(), s -> { })) {
            ingest.run(Duration.ofSeconds(2));
        }

        Random random = new Random(3);
        List<Long> storedAfterKill = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            try (FloorwatchProcess consume = FloorwatchProcess.start("consume", "--kafka", broker.bootstrapServers(),
                    "--data", killed.toString(), "--topic-prefix", prefix, "--kafka-property", "max.partition.fetch.bytes=4096", "--kafka-property", "fetch.max.bytes=8192")) {
                consume.awaitLine(line -> line.contains("first batch stored"));
                Thread.sleep(random.nextInt(800));
                consume.kill();
            }
            try (FloorStore store = FloorStore.open(killed)) {
                storedAfterKill.add(store.reader().counts().moves());
            }
        }
        try (FloorwatchProcess consume = FloorwatchProcess.start("consume", "--kafka", broker.bootstrapServers(),
                "--data", killed.toString(), "--topic-prefix", prefix, "--idle-exit", "2")) {
            assertThat(consume.waitFor(60)).isZero();
            assertThat(consume.lines()).anySatisfy(line -> assertThat(line).matches(
                    "imported: \\d+ new, \\d+ duplicate, \\d+ quarantined, 0 refused"));
        }

        try (FloorStore a = FloorStore.open(whole)) {
            List<FloorEvent> expected = a.reader().allEvents();
            Map<String, String> expectedQuarantine = quarantine(a.reader().quarantined(1_000_000));
            try (FloorStore b = FloorStore.open(killed)) {
                assertThat(expected).hasSize((int) ledger.newEvents());
                assertThat(storedAfterKill).as("stored moves after each kill").anySatisfy(
                        n -> assertThat(n).isBetween(1L, a.reader().counts().moves() - 1));
                assertThat(b.reader().allEvents()).isEqualTo(expected);
                assertThat(quarantine(b.reader().quarantined(1_000_000))).isEqualTo(expectedQuarantine);
            }
        }
    }

    private static Map<String, String> quarantine(List<QuarantinedRecord> records) {
        Map<String, String> byKey = new java.util.TreeMap<>();
        records.forEach(r -> byKey.put(r.sourceKey(), r.reason()));
        return byKey;
    }
}
