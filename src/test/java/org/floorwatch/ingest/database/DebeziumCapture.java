package org.floorwatch.ingest.database;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Debezium itself (its embedded engine and PostgreSQL connector, reading the write-ahead log through pgoutput)
 * capturing one table of a test database and producing its change events, as JSON, to the built-in broker exactly
 * as Kafka Connect would: topic {@code PREFIX.public.TABLE}, the key and value as the JSON converter writes them, a
 * tombstone (no value) after each delete.
 */
final class DebeziumCapture implements AutoCloseable {

    private final DebeziumEngine<ChangeEvent<String, String>> engine;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicInteger produced = new AtomicInteger();

    /**
     * @param schemas whether the JSON carries its schema ({@code {"schema", "payload"}})
     * @param extra   further connector settings (e.g. {@code decimal.handling.mode})
     */
    DebeziumCapture(TestPostgres postgres, String database, String table, String topicPrefix, boolean schemas,
                    String bootstrapServers, Properties extra) {
        Properties props = new Properties();
        props.setProperty("name", topicPrefix);
        props.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        props.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
        props.setProperty("offset.flush.interval.ms", "0");
        props.setProperty("database.hostname", "127.0.0.1");
        props.setProperty("database.port", String.valueOf(postgres.port()));
        props.setProperty("database.user", "postgres");
        props.setProperty("database.password", "");
        props.setProperty("database.dbname", database);
        props.setProperty("topic.prefix", topicPrefix);
        props.setProperty("plugin.name", "pgoutput");
        props.setProperty("slot.name", topicPrefix.replaceAll("[^a-z0-9]", "_"));
        props.setProperty("publication.name", topicPrefix.replaceAll("[^a-z0-9]", "_"));
        props.setProperty("publication.autocreate.mode", "filtered");
        props.setProperty("table.include.list", "public." + table);
        props.setProperty("converter.schemas.enable", String.valueOf(schemas));
        props.putAll(extra);
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(producerProps);
        engine = DebeziumEngine.create(Json.class).using(props).notifying(this::produce).build();
        thread.execute(engine);
    }

    static String topic(String topicPrefix, String table) {
        return topicPrefix + ".public." + table;
    }

    /** How many change events (tombstones included) were produced so far. */
    int produced() {
        return produced.get();
    }

    private void produce(ChangeEvent<String, String> event) {
        producer.send(new ProducerRecord<>(event.destination(), bytes(event.key()), bytes(event.value())));
        producer.flush();
        produced.incrementAndGet();
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        engine.close();
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }
}
