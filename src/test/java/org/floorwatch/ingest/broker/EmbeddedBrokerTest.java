package org.floorwatch.ingest.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {

    private static final Duration CONSUME_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void recordsProducedAreConsumedFromEarliestByAFreshGroup() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        String topic = SharedBroker.topicPrefix("round-trip") + "part-moves";
        List<String> sent = IntStream.range(0, 200).mapToObj(i -> "move-" + i).toList();

        produce(broker, topic, sent);

        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
        assertThat(consumeFromEarliest(broker, topic, sent.size())).containsExactlyElementsOf(sent);
    }

    @Test
    void topicsAndRecordsSurviveARestartOnTheSameDirectoryAndPort() throws Exception {
        String topic = "heat-readings";
        int port;
        try (EmbeddedBroker first = EmbeddedBroker.start(0, dataDir)) {
            port = first.port();
            first.createTopics(List.of(topic), 2);
            produce(first, topic, List.of("a", "b", "c"));
        }

        EmbeddedBroker second = EmbeddedBroker.start(port, dataDir);
        try {
            assertThat(second.port()).isEqualTo(port);
            assertThat(partitionCount(second, topic)).isEqualTo(2);
            assertThat(consumeFromEarliest(second, topic, 3)).containsExactlyInAnyOrder("a", "b", "c");
        } finally {
            second.close();
        }
        assertThatCode(second::close).doesNotThrowAnyException();
    }

    @Test
    void aSecondBrokerOnAPortInUseFailsWithOneReadableLine() {
        int takenPort = SharedBroker.get().port();

        assertThatThrownBy(() -> EmbeddedBroker.start(takenPort, dataDir))
                .isInstanceOf(BrokerException.class)
                .hasMessage("port %d on 127.0.0.1 is in use", takenPort);
    }

    @Test
    void aSecondBrokerOnADirectoryInUseFailsWithOneReadableLine() throws Exception {
        try (EmbeddedBroker running = EmbeddedBroker.start(0, dataDir)) {
            assertThatThrownBy(() -> EmbeddedBroker.start(0, dataDir))
                    .isInstanceOf(BrokerException.class)
                    .hasMessage("the broker data directory %s is in use by another broker", dataDir.toRealPath());

            running.createTopics(List.of("still-serving"), 1);
            assertThat(partitionCount(running, "still-serving")).isEqualTo(1);
        }
    }

    @Test
    void createTopicsMakesPartitionsVisibleAndToleratesExistingTopics() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        String prefix = SharedBroker.topicPrefix("create-topics");
        List<String> topics = List.of(prefix + "energy", prefix + "moves");

        broker.createTopics(topics, 3);
        broker.createTopics(topics, 3);

        for (String topic : topics) {
            assertThat(partitionCount(broker, topic)).isEqualTo(3);
        }
    }

    private static void produce(EmbeddedBroker broker, String topic, List<String> values) throws Exception {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get();
            }
        }
    }

    private static List<String> consumeFromEarliest(EmbeddedBroker broker, String topic, int expected) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
            }
        }
        return received;
    }

    private static int partitionCount(EmbeddedBroker broker, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            return description.partitions().size();
        }
    }
}
