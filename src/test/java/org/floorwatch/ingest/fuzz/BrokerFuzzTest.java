package org.floorwatch.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few hundred fuzzed records through a real broker and the live ingest. */
class BrokerFuzzTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();

    @Test
    void theLiveIngestStoresOrQuarantinesEveryFuzzedRecordAndKeepsReading(@TempDir Path data) throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        Topics topics = Topics.withPrefix(SharedBroker.topicPrefix("fuzz"));
        broker.createTopics(topics.all(), 1);
        List<FuzzMessages.Input> inputs = FuzzMessages.generate(PLAN, 77, 400);
        List<String> keys = send(broker, topics, inputs);
        MessageDecoder decoder = new MessageDecoder(PLAN);

        try (FloorStore store = FloorStore.open(data)) {
            ImportSummary summary;
            try (KafkaIngest ingest = new KafkaIngest(KafkaSettings.plain(broker.bootstrapServers(), topics), decoder,
                    store.writer(), store.reader(), status -> { })) {
                summary = ingest.run(Duration.ofSeconds(2));
            }
            FuzzOutcome.Tally tally = FuzzOutcome.check(inputs, keys, store.reader(),
                    input -> decoder.decode(input.kind(), input.value()));

            assertThat(tally.read()).isEqualTo(inputs.size());
            assertThat(summary.newEvents() + summary.duplicates() + summary.quarantined()).isEqualTo(inputs.size());
            assertThat(summary.quarantined()).isEqualTo(tally.quarantinedInputs()).isEqualTo(tally.quarantineSize());
        }
    }

    private static List<String> send(EmbeddedBroker broker, Topics topics, List<FuzzMessages.Input> inputs)
            throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            for (FuzzMessages.Input input : inputs) {
                sent.add(producer.send(new ProducerRecord<>(topics.topicOf(input.kind()), input.value())));
            }
        }
        List<String> keys = new ArrayList<>();
        for (Future<RecordMetadata> future : sent) {
            RecordMetadata at = future.get();
            keys.add("kafka:" + at.topic() + ":" + at.partition() + ":" + at.offset());
        }
        return keys;
    }
}
