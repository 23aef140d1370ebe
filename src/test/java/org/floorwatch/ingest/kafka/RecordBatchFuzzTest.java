package org.floorwatch.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.fuzz.FuzzMessages;
import org.floorwatch.ingest.fuzz.FuzzOutcome;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.KafkaOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 fuzzed records through the consumer's own batching and the store's writer, as Kafka polls of 1,000. */
class RecordBatchFuzzTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();
    private static final int PARTITIONS = 2;

    @Test
    void everyFuzzedRecordIsStoredOrQuarantinedAndNoBatchFails(@TempDir Path data) {
        List<FuzzMessages.Input> inputs = FuzzMessages.generate(PLAN, 20_261_102, 10_000);
        MessageDecoder decoder = new MessageDecoder(PLAN);
        RecordBatcher batcher = new RecordBatcher(decoder, Topics.DEFAULT, Clock.systemUTC());
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        List<String> keys = new ArrayList<>();
        long quarantinedByCommits = 0;
        try (FloorStore store = FloorStore.open(data)) {
            for (int from = 0; from < inputs.size(); from += 1000) {
                Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> poll = new LinkedHashMap<>();
                for (int i = from; i < Math.min(inputs.size(), from + 1000); i++) {
                    FuzzMessages.Input input = inputs.get(i);
                    TopicPartition partition = new TopicPartition(Topics.DEFAULT.topicOf(input.kind()), i % PARTITIONS);
                    long offset = nextOffsets.merge(partition, 1L, Long::sum) - 1;
                    poll.computeIfAbsent(partition, p -> new ArrayList<>()).add(new ConsumerRecord<>(partition.topic(),
                            partition.partition(), offset, null, input.value()));
                    keys.add("kafka:" + partition.topic() + ":" + partition.partition() + ":" + offset);
                }
                CommitResult result = store.writer().write(batcher.batch(new ConsumerRecords<>(poll, Map.of())));
                quarantinedByCommits += result.quarantined();
            }

            FuzzOutcome.Tally tally = FuzzOutcome.check(inputs, keys, store.reader(),
                    input -> decoder.decode(input.kind(), input.value()));

            assertThat(tally.read()).isEqualTo(inputs.size());
            assertThat(tally.quarantinedInputs()).isEqualTo(tally.quarantineSize()).isEqualTo(quarantinedByCommits)
                    .isGreaterThan(inputs.size() / 2);
            assertThat(store.reader().kafkaOffsets()).containsExactlyInAnyOrderElementsOf(nextOffsets.entrySet().stream()
                    .map(e -> new KafkaOffset(e.getKey().topic(), e.getKey().partition(), e.getValue())).toList());
        }
    }
}
