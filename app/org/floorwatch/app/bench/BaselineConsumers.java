package org.floorwatch.app.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.kafka.RecordBatcher;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.localstore.IngestBatch;

/**
 * What the real ingest path is measured against: the consumer alone (reads and discards), and the same consumer
 * with the real path's decoding (each poll made into the store batch the real path would hand to the writer, by
 * the same {@link RecordBatcher} and {@link MessageDecoder}), the batch then dropped: everything but the store.
 */
final class BaselineConsumers {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaSettings settings;
    private final FloorPlan plan;
    private final long messages;

    BaselineConsumers(KafkaSettings settings, FloorPlan plan, long messages) {
        this.settings = settings;
        this.plan = plan;
        this.messages = messages;
    }

    /** A consumer assigned every partition of the topics, positioned at their beginnings. */
    static KafkaConsumer<byte[], byte[]> fromBeginning(KafkaSettings settings) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.consumerProperties());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : settings.topics().all()) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Records a second read and discarded. */
    double bare() {
        try (KafkaConsumer<byte[], byte[]> consumer = fromBeginning(settings)) {
            long read = 0;
            long bytes = 0;
            long start = System.nanoTime();
            while (read < messages) {
                for (var rec : consumer.poll(POLL)) {
                    bytes += rec.value().length;
                    read++;
                }
            }
            long nanos = System.nanoTime() - start;
            return bytes < 0 ? 0 : read / (nanos / 1e9);
        }
    }

    /** Records a second read and decoded into store batches, counted as new, duplicate or quarantined would be. */
    double decoded() {
        RecordBatcher batcher = new RecordBatcher(new MessageDecoder(plan), settings.topics(), Clock.systemUTC());
        try (KafkaConsumer<byte[], byte[]> consumer = fromBeginning(settings)) {
            long read = 0;
            long kept = 0;
            long start = System.nanoTime();
            while (read < messages) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                IngestBatch batch = batcher.batch(records);
                read += records.count();
                kept += batch.events().size() + batch.quarantined().size() + batch.offsets().size();
            }
            long nanos = System.nanoTime() - start;
            return kept < 0 ? 0 : read / (nanos / 1e9);
        }
    }
}
