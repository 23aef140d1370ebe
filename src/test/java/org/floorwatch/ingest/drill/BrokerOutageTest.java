package org.floorwatch.ingest.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.BrokerStatus;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.ingest.simulator.Outgoing;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.KafkaOffset;
import org.floorwatch.localstore.StoreCounts;
import org.floorwatch.localstore.report.ProductionReport;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.localstore.report.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away mid-stream and comes back on the same port and data: the ingest says it is offline and
 * since when, the store keeps answering (a report runs), nothing escapes the ingest, and once the broker is back
 * it reads on from the stored offsets: the store ends with exactly what was sent, nothing lost, nothing twice.
 */
class BrokerOutageTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();
    private static final Instant START = Instant.parse("2026-11-02T05:00:00Z");
    private static final Map<String, String> QUICK_RECONNECT = Map.of("reconnect.backoff.ms", "50",
            "reconnect.backoff.max.ms", "500", "max.poll.records", "200");
    /** After the broker restarts, the consumer group's coordinator and the partitions' leaders come back first. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Test
    void theIngestRidesOutAnOutageAndResumesFromTheStoredOffsetsWithNoGap(@TempDir Path brokerDir,
                                                                        @TempDir Path data) throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(0, brokerDir);
        int port = broker.port();
        Topics topics = Topics.withPrefix("outage-");
        broker.createTopics(topics.all(), 2);
        MessageStream stream = new MessageStream(PLAN, 9, START, topics, true);
        SimulationLedger ledger = new SimulationLedger();
        send(broker, stream, ledger, 6_000);
        List<BrokerStatus> statuses = new CopyOnWriteArrayList<>();
        try (FloorStore store = FloorStore.open(data);
             KafkaIngest ingest = new KafkaIngest(new KafkaSettings(broker.bootstrapServers(), topics, "outage",
                     QUICK_RECONNECT), new MessageDecoder(PLAN), store.writer(), store.reader(), statuses::add)) {
            CompletableFuture<ImportSummary> run = CompletableFuture.supplyAsync(() -> ingest.run(null));
            awaitTrue(() -> read(store) > 0, "a first batch stored");

            Instant closed = Instant.now();
            broker.close();
            awaitTrue(() -> !ingest.brokerStatus().online(), "the ingest to say it is offline");
            BrokerStatus offline = ingest.brokerStatus();
            long readBeforeTheOutage = settled(store);
            Thread.sleep(1_000);

            assertThat(offline.since()).isBetween(closed, Instant.now());
            assertThat(run).isNotDone();
            assertThat(read(store)).isEqualTo(readBeforeTheOutage).isPositive();
            assertThat(productionReportOfTheFirstDay(store).totals().started()).isPositive();

            broker = EmbeddedBroker.start(port, brokerDir);
            send(broker, stream, ledger, 6_000);
            awaitTrue(() -> read(store) == ledger.sent(), "everything sent to be read", RECOVERY);
            ingest.stop();
            ImportSummary summary = run.get(10, TimeUnit.SECONDS);

            assertThat(statuses).extracting(BrokerStatus::online).containsSubsequence(true, false, true);
            assertThat(statuses.get(statuses.size() - 1).since()).isAfter(offline.since());
            StoreCounts counts = store.reader().counts();
            assertThat(counts.moves()).isEqualTo(ledger.newEvents(MessageKind.MOVE));
            assertThat(counts.heatReadings()).isEqualTo(ledger.newEvents(MessageKind.HEAT));
            assertThat(counts.energySamples()).isEqualTo(ledger.newEvents(MessageKind.ENERGY));
            assertThat(counts.quarantined()).isEqualTo(ledger.quarantined()).isPositive();
            assertThat(summary.newEvents()).isEqualTo(ledger.newEvents());
            assertThat(summary.duplicates()).as("read once: duplicates are the stream's own").isEqualTo(ledger.duplicates());
            assertThat(summary.quarantined()).isEqualTo(ledger.quarantined());
        } finally {
            broker.close();
        }
    }

    private static ProductionReport productionReportOfTheFirstDay(FloorStore store) throws Exception {
        ProductionCalendar calendar = new ProductionCalendar(PLAN.timezone(), PLAN.shifts());
        try (Connection connection = store.newReadConnection()) {
            return (ProductionReport) ReportKind.PRODUCTION.compute(connection, PLAN,
                    ReportPeriod.day(calendar.productionDay(START), calendar));
        }
    }

    /** Messages read so far: the sum of the stored next offsets. */
    private static long read(FloorStore store) {
        return store.reader().kafkaOffsets().stream().mapToLong(KafkaOffset::nextOffset).sum();
    }

    /**
     * What the store holds once the records fetched before the outage are committed: on a loaded machine the
     * batches in flight (and the consumer's prefetched records) can commit after the ingest has said it is offline.
     */
    private static long settled(FloorStore store) throws InterruptedException {
        long before;
        long now = read(store);
        do {
            before = now;
            Thread.sleep(500);
            now = read(store);
        } while (now != before);
        return now;
    }

    private static void send(EmbeddedBroker broker, MessageStream stream, SimulationLedger ledger, int count)
            throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Outgoing outgoing = stream.next();
                acknowledgements.add(producer.send(new ProducerRecord<>(outgoing.message().topic(),
                        outgoing.message().key(), outgoing.message().value())));
                ledger.record(outgoing);
            }
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(2, TimeUnit.MINUTES);
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        awaitTrue(condition, what, Duration.ofSeconds(20));
    }

    private static void awaitTrue(BooleanSupplier condition, String what, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
