package org.floorwatch.ingest.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.database.ChangeEventDecoder;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live ingest: reads the three floor topics (and the Debezium topics of the factory's databases, if any) and hands
 * each poll to the store's writer as one batch, with the offsets after it, so events, order changes and offsets
 * commit together. The store's offsets are the truth: partitions are assigned
 * by hand and positioned at the stored offsets (see {@link PartitionAssigner}), whatever the consumer group
 * has committed. Up to two batches are in flight so reading overlaps writing. Reconnecting is the Kafka
 * client's own; {@link BrokerStatus} reports online/offline changes.
 */
public final class KafkaIngest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIngest.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int MAX_IN_FLIGHT = 2;
    private static final Duration PARTITION_REFRESH = Duration.ofSeconds(30);

    private final EventWriter writer;
    private final RecordBatcher batcher;
    private final Clock clock;
    private final ConnectionWatch connection;
    private final Deque<CompletableFuture<CommitResult>> inFlight = new ArrayDeque<>();
    private final ImportSummary summary = new ImportSummary();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final PartitionAssigner partitions;
    private volatile boolean running = true;
    private boolean firstBatchStored;

    public KafkaIngest(KafkaSettings settings, MessageDecoder decoder, EventWriter writer, StoreReader reader,
                       Consumer<BrokerStatus> statusListener) {
        this(settings, decoder, null, writer, reader, statusListener);
    }

    /** @param changes decodes the Debezium topics of {@code settings}; null if it names none */
    public KafkaIngest(KafkaSettings settings, MessageDecoder decoder, ChangeEventDecoder changes, EventWriter writer,
                       StoreReader reader, Consumer<BrokerStatus> statusListener) {
        if (changes == null && !settings.changes().isEmpty()) {
            throw new IllegalArgumentException("Debezium topics need a change event decoder");
        }
        this.writer = writer;
        this.clock = Clock.systemUTC();
        this.batcher = new RecordBatcher(decoder, settings.topics(), changes, settings.changes(), clock);
        this.connection = new ConnectionWatch(clock, statusListener);
        this.consumer = new KafkaConsumer<>(settings.consumerProperties());
        this.partitions = new PartitionAssigner(consumer, settings.allTopics(), reader, clock, PARTITION_REFRESH);
    }

    /**
     * Reads until {@link #stop()} is called, or, when {@code idleExit} is given, until no record arrived for
     * that long since the last record or the last (re)assignment of partitions, or since the start when no
     * partition could be found. Returns what this run stored.
     */
    public ImportSummary run(Duration idleExit) {
        Instant lastRecord = clock.instant();
        try {
            while (running) {
                if (partitions.lookUpIfDue()) {
                    drain();
                    partitions.assignAndSeek();
                    lastRecord = clock.instant(); // finding the partitions is not idleness: the wait starts now
                }
                if (!partitions.hasPartitions()) {
                    connection.check(consumer.metrics(), false);
                    if (idleTooLong(lastRecord, idleExit)) {
                        break;
                    }
                    Thread.sleep(POLL.toMillis());
                    continue;
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                connection.check(consumer.metrics(), !records.isEmpty());
                if (records.isEmpty()) {
                    completeDone();
                    if (idleTooLong(lastRecord, idleExit)) {
                        break;
                    }
                    continue;
                }
                lastRecord = clock.instant();
                inFlight.add(writer.submit(batcher.batch(records)));
                while (inFlight.size() > MAX_IN_FLIGHT) {
                    await(inFlight.poll());
                }
                completeDone();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drain();
        }
        return summary;
    }

    /** Stops {@link #run} from any thread; the batches in flight still commit. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    public BrokerStatus brokerStatus() {
        return connection.status();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }

    private boolean idleTooLong(Instant lastRecord, Duration idleExit) {
        return idleExit != null && Duration.between(lastRecord, clock.instant()).compareTo(idleExit) >= 0;
    }

    private void completeDone() {
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            await(inFlight.poll());
        }
    }

    private void drain() {
        while (!inFlight.isEmpty()) {
            await(inFlight.poll());
        }
    }

    private void await(CompletableFuture<CommitResult> commit) {
        try {
            CommitResult result = commit.join();
            if (!firstBatchStored) {
                firstBatchStored = true;
                LOG.info("first batch stored ({} new, {} duplicate, {} quarantined); reading on",
                        result.newEvents(), result.duplicates(), result.quarantined());
            }
            summary.add(result);
        } catch (CompletionException e) {
            inFlight.forEach(f -> f.cancel(false));
            inFlight.clear();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IngestFailedException("the local store refused a batch: " + cause.getMessage(), cause);
        }
    }
}
