package org.floorwatch.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreCounts;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live path end to end: simulator -> real broker -> KafkaIngest -> real DuckDB file -> live floor. */
class LiveIngestTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();
    private static final Instant START = Instant.parse("2026-11-02T05:00:00Z");
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static Topics topics;
    private static SimulationLedger ledger;
    private static EmbeddedBroker broker;

    @BeforeAll
    static void sendAFaultyStream() {
        broker = SharedBroker.get();
        topics = Topics.withPrefix(SharedBroker.topicPrefix("live-ingest"));
        broker.createTopics(topics.all(), 3);
        StreamSettings settings = StreamSettings.defaults(broker.bootstrapServers())
                .withTopics(topics).withSeed(11).withFaults(true).withStart(START).withRate(0);
        ledger = new StreamSimulator(PLAN, settings).run(20_000, null, () -> false);
    }

    @Test
    void storesEveryGoodEventOnceAndQuarantinesEveryBadOne(@TempDir Path data) {
        try (FloorStore store = FloorStore.open(data)) {
            ImportSummary summary = ingest(store);

            assertThat(ledger.quarantined()).isPositive();
            assertThat(ledger.duplicates()).isPositive();
            assertThat(summary.newEvents()).isEqualTo(ledger.newEvents());
            assertThat(summary.duplicates()).isEqualTo(ledger.duplicates());
            assertThat(summary.quarantined()).isEqualTo(ledger.quarantined());
            StoreCounts counts = store.reader().counts();
            assertThat(counts.moves()).isEqualTo(ledger.newEvents(MessageKind.MOVE));
            assertThat(counts.heatReadings()).isEqualTo(ledger.newEvents(MessageKind.HEAT));
            assertThat(counts.energySamples()).isEqualTo(ledger.newEvents(MessageKind.ENERGY));
            assertThat(counts.quarantined()).isEqualTo(ledger.quarantined());
            assertThat(store.reader().quarantined(1000)).allSatisfy(q -> assertThat(q.reason()).isNotBlank());
        }
    }

    @Test
    void aSecondRunResumesFromTheStoredOffsetsWhateverTheGroup(@TempDir Path data) {
        try (FloorStore store = FloorStore.open(data)) {
            ingest(store);
            long offsetsStored = store.reader().kafkaOffsets().stream().mapToLong(o -> o.nextOffset()).sum();

            ImportSummary again = ingest(store);

            assertThat(offsetsStored).isEqualTo(ledger.sent());
            assertThat(again.line()).isEqualTo("imported: 0 new, 0 duplicate, 0 quarantined, 0 refused");
        }
    }

    @Test
    void theLiveFloorRebuiltAfterARestartEqualsTheOneBefore(@TempDir Path data) {
        FloorSnapshot before;
        try (FloorStore store = FloorStore.open(data);
             LiveFloorFeed feed = new LiveFloorFeed(PLAN, store, Duration.ofMillis(250))) {
            ingest(store);
            before = feed.snapshotNow();
        }
        try (FloorStore store = FloorStore.open(data);
             LiveFloorFeed feed = new LiveFloorFeed(PLAN, store, Duration.ofMillis(250))) {
            FloorSnapshot after = feed.latest();

            assertThat(before.wipTotal()).isPositive();
            assertThat(before.stations()).anySatisfy(s -> assertThat(s.processedToday()).isPositive());
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void reportsTheBrokerOnlineWhileReading(@TempDir Path data) {
        List<BrokerStatus> statuses = new ArrayList<>();
        try (FloorStore store = FloorStore.open(data);
             KafkaIngest ingest = new KafkaIngest(settings("status"), new MessageDecoder(PLAN), store.writer(),
                     store.reader(), statuses::add)) {
            ingest.run(IDLE);
        }
        assertThat(statuses.get(0).online()).isFalse();
        assertThat(statuses).anySatisfy(s -> assertThat(s.online()).isTrue());
    }

    private static ImportSummary ingest(FloorStore store) {
        try (KafkaIngest ingest = new KafkaIngest(settings("group-" + System.nanoTime()), new MessageDecoder(PLAN),
                store.writer(), store.reader(), status -> { })) {
            return ingest.run(IDLE);
        }
    }

    private static KafkaSettings settings(String group) {
        return new KafkaSettings(broker.bootstrapServers(), topics, group, java.util.Map.of());
    }
}
