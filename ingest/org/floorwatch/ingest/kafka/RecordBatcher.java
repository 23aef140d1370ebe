package org.floorwatch.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.KafkaOffset;
import org.floorwatch.localstore.QuarantinedRecord;

/** Turns one poll's records into one store batch: events, quarantined records and the offsets after them. */
final class RecordBatcher {

    private static final int MAX_RAW_CHARS = 4096;

    private final MessageDecoder decoder;
    private final Topics topics;
    private final Clock clock;

    RecordBatcher(MessageDecoder decoder, Topics topics, Clock clock) {
        this.decoder = decoder;
        this.topics = topics;
        this.clock = clock;
    }

    IngestBatch batch(ConsumerRecords<byte[], byte[]> records) {
        List<FloorEvent> events = new ArrayList<>(records.count());
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        List<KafkaOffset> offsets = new ArrayList<>();
        Instant now = clock.instant();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> partitionRecords = records.records(partition);
            MessageKind kind = topics.kindOf(partition.topic()).orElseThrow();
            for (ConsumerRecord<byte[], byte[]> rec : partitionRecords) {
                DecodedMessage decoded = decoder.decode(kind, rec.value());
                if (decoded.isAccepted()) {
                    events.add(decoded.event());
                } else {
                    quarantined.add(quarantine(rec, decoded.rejection(), now));
                }
            }
            long next = partitionRecords.get(partitionRecords.size() - 1).offset() + 1;
            offsets.add(new KafkaOffset(partition.topic(), partition.partition(), next));
        }
        return new IngestBatch(events, quarantined, offsets);
    }

    private static QuarantinedRecord quarantine(ConsumerRecord<byte[], byte[]> rec, String reason, Instant now) {
        String source = rec.topic() + "[" + rec.partition() + "]";
        String key = "kafka:" + rec.topic() + ":" + rec.partition() + ":" + rec.offset();
        return new QuarantinedRecord(key, source, "offset " + rec.offset(), raw(rec.value()), reason, now);
    }

    private static String raw(byte[] value) {
        if (value == null) {
            return "";
        }
        String text = new String(value, StandardCharsets.UTF_8);
        return text.length() <= MAX_RAW_CHARS ? text : text.substring(0, MAX_RAW_CHARS) + "...";
    }
}
