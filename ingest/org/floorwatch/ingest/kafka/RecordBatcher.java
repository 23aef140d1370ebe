package org.floorwatch.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.database.ChangeEventDecoder;
import org.floorwatch.ingest.database.ChangeTopics;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.KafkaOffset;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.OrderKind;
import org.floorwatch.localstore.orders.SourceMark;

/**
 * Turns one poll's records into one store batch: events, order changes from the Debezium topics (with a mark per
 * topic), quarantined records and the offsets after them. Public for the ingest bench's decode-only baseline.
 */
public final class RecordBatcher {

    private static final int MAX_RAW_CHARS = 4096;

    private final MessageDecoder decoder;
    private final Topics topics;
    private final ChangeEventDecoder changeDecoder;
    private final ChangeTopics changeTopics;
    private final Clock clock;

    public RecordBatcher(MessageDecoder decoder, Topics topics, Clock clock) {
        this(decoder, topics, null, ChangeTopics.NONE, clock);
    }

    RecordBatcher(MessageDecoder decoder, Topics topics, ChangeEventDecoder changeDecoder, ChangeTopics changeTopics,
                  Clock clock) {
        this.decoder = decoder;
        this.topics = topics;
        this.changeDecoder = changeDecoder;
        this.changeTopics = changeTopics;
        this.clock = clock;
    }

    public IngestBatch batch(ConsumerRecords<byte[], byte[]> records) {
        List<FloorEvent> events = new ArrayList<>(records.count());
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        List<KafkaOffset> offsets = new ArrayList<>();
        List<OrderChange> changes = new ArrayList<>();
        Map<String, SourceMark> marks = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> partitionRecords = records.records(partition);
            Optional<OrderKind> orders = changeTopics.kindOf(partition.topic());
            for (ConsumerRecord<byte[], byte[]> rec : partitionRecords) {
                String rejection;
                if (orders.isPresent()) {
                    ChangeEventDecoder.Decoded decoded = changeDecoder.decode(orders.get(), rec.topic(), rec.key(),
                            rec.value());
                    rejection = decoded.rejection();
                    if (decoded.change() != null) {
                        changes.add(decoded.change());
                    }
                } else {
                    DecodedMessage decoded = decoder.decode(topics.kindOf(partition.topic()).orElseThrow(), rec.value());
                    rejection = decoded.rejection();
                    if (decoded.isAccepted()) {
                        events.add(decoded.event());
                    }
                }
                if (rejection != null) {
                    quarantined.add(quarantine(rec, rejection, now));
                }
            }
            orders.ifPresent(kind -> marks.put(partition.topic(),
                    new SourceMark(ChangeEventDecoder.sourceOf(partition.topic()), kind, null, null, now)));
            long next = partitionRecords.get(partitionRecords.size() - 1).offset() + 1;
            offsets.add(new KafkaOffset(partition.topic(), partition.partition(), next));
        }
        return new IngestBatch(events, quarantined, offsets, changes, List.copyOf(marks.values()));
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
