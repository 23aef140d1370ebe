package org.floorwatch.ingest.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.floorwatch.ingest.database.ChangeTopics;
import org.floorwatch.ingest.message.Topics;

/**
 * Where and how to read the factory's live messages, and the Debezium topics of its databases if any.
 * {@code clientProperties} are passed to the Kafka client as they are (security.protocol, sasl.*, ssl.*, ...); their
 * values are never logged or shown.
 */
public record KafkaSettings(String bootstrapServers, Topics topics, String groupId, Map<String, String> clientProperties,
                            ChangeTopics changes) {

    public static final String DEFAULT_GROUP = "floorwatch";

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topics, "topics");
        groupId = groupId == null || groupId.isBlank() ? DEFAULT_GROUP : groupId;
        clientProperties = Map.copyOf(clientProperties);
        changes = changes == null ? ChangeTopics.NONE : changes;
        if (changes.all().stream().anyMatch(topics.all()::contains)) {
            throw new IllegalArgumentException("a Debezium topic cannot also be a floor topic");
        }
    }

    public KafkaSettings(String bootstrapServers, Topics topics, String groupId, Map<String, String> clientProperties) {
        this(bootstrapServers, topics, groupId, clientProperties, ChangeTopics.NONE);
    }

    /** The same settings reading {@code changeTopics} as well. */
    public KafkaSettings withChanges(ChangeTopics changeTopics) {
        return new KafkaSettings(bootstrapServers, topics, groupId, clientProperties, changeTopics);
    }

    /** Every topic read: the floor's and the Debezium ones. */
    public List<String> allTopics() {
        List<String> all = new ArrayList<>(topics.all());
        all.addAll(changes.all());
        return all;
    }

    public static KafkaSettings plain(String bootstrapServers, Topics topics) {
        return new KafkaSettings(bootstrapServers, topics, DEFAULT_GROUP, Map.of());
    }

    /** Consumer configuration; what the ingest relies on (manual offsets, raw bytes) is not overridable. */
    public Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "floorwatch-ingest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20000");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 << 20));
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putAll(clientProperties);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /**
     * {@code message} with the secrets among the client properties (passwords, keys, the JAAS login's password) shown
     * as {@code ***}: for any message that may quote a setting back, before it is shown or logged.
     */
    public String withoutSecrets(String message) {
        return ClientSecrets.of(clientProperties).hiddenIn(message);
    }

    /** Shows the servers, topics and group, and only the names of the client properties. */
    @Override
    public String toString() {
        return "KafkaSettings[" + bootstrapServers + ", " + topics + ", " + changes + ", group " + groupId
                + ", client properties " + clientProperties.keySet() + "]";
    }
}
