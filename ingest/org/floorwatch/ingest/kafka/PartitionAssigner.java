package org.floorwatch.ingest.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.floorwatch.localstore.KafkaOffset;
import org.floorwatch.localstore.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns the topics' partitions to the consumer by hand (no group membership, so a restart after a kill
 * does not wait for the old member's session to expire) and positions every partition at the store's offset,
 * or at the earliest retained offset for a partition the store has never seen. Looks for new partitions
 * (or topics that did not exist yet) every {@code refreshEvery}.
 */
final class PartitionAssigner {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionAssigner.class);
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(2);

    private final Consumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final StoreReader reader;
    private final Clock clock;
    private final Duration refreshEvery;
    private Set<TopicPartition> assigned = Set.of();
    private Instant nextLookup = Instant.MIN;
    private boolean answered;

    PartitionAssigner(Consumer<byte[], byte[]> consumer, List<String> topics, StoreReader reader, Clock clock,
                      Duration refreshEvery) {
        this.consumer = consumer;
        this.topics = topics;
        this.reader = reader;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    boolean hasPartitions() {
        return !assigned.isEmpty();
    }

    /** Whether a look-up was answered (even with none of the topics, or a refusal), not only timed out. */
    boolean answered() {
        return answered;
    }

    /**
     * Looks the partitions up when due; returns true when the assignment grew, in which case the caller must
     * have no batch in flight before calling {@link #assignAndSeek}.
     */
    boolean lookUpIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextLookup)) {
            return false;
        }
        nextLookup = now.plus(assigned.isEmpty() ? Duration.ofSeconds(1) : refreshEvery);
        return !assigned.containsAll(currentPartitions());
    }

    /** Assigns every known partition and seeks each to the store's offset (the store is the truth). */
    void assignAndSeek() {
        Set<TopicPartition> partitions = currentPartitions();
        partitions.addAll(assigned);
        consumer.assign(partitions);
        Map<TopicPartition, Long> stored = reader.kafkaOffsets().stream().collect(Collectors.toMap(
                o -> new TopicPartition(o.topic(), o.partition()), KafkaOffset::nextOffset));
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, next);
            }
        }
        assigned = Set.copyOf(partitions);
        LOG.info("assigned {} partition(s); {} resumed from stored offsets", partitions.size(),
                partitions.stream().filter(stored::containsKey).count());
    }

    /**
     * The partitions of those of the topics that exist, from one metadata request for all topics (asking topic by
     * topic waits the whole look-up time for each topic that does not exist yet); none if the broker does not answer.
     */
    private Set<TopicPartition> currentPartitions() {
        Set<TopicPartition> partitions = new HashSet<>();
        try {
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(LOOKUP_TIMEOUT);
            for (String topic : topics) {
                existing.getOrDefault(topic, List.of())
                        .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            answered = true;
        } catch (TimeoutException e) {
            LOG.debug("no answer about the topics yet: {}", e.getMessage());
        } catch (AuthenticationException e) {
            throw e; // the broker refuses Floorwatch: asking again will not change that
        } catch (KafkaException e) {
            answered = true;
            LOG.debug("no partitions known yet: {}", e.getMessage());
        }
        return partitions;
    }
}
