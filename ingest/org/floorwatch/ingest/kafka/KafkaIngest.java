package org.floorwatch.ingest.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.AuthenticationException;
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
 * client's own; {@link BrokerStatus} reports how the ingest stands with the broker (see {@link ConnectionWatch}),
 * also while no server name resolves yet (the client cannot be made until one does).
 */
public final class KafkaIngest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIngest.class);
    /** One line per stored batch, at DEBUG: how many records this run has read (the kill drill follows it). */
    private static final Logger PROGRESS = LoggerFactory.getLogger(KafkaIngest.class.getName() + ".progress");
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int MAX_IN_FLIGHT = 2;
    private static final Duration PARTITION_REFRESH = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final EventWriter writer;
    private final StoreReader reader;
    private final RecordBatcher batcher;
    private final Clock clock;
    private final ConnectionWatch connection;
    private final Deque<CompletableFuture<CommitResult>> inFlight = new ArrayDeque<>();
    private final ImportSummary summary = new ImportSummary();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private PartitionAssigner partitions;
    private volatile boolean running = true;
    private boolean firstBatchStored;
    private volatile BrokerRefusal refusal;

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
        this.settings = settings;
        this.writer = writer;
        this.reader = reader;
        this.clock = Clock.systemUTC();
        this.batcher = new RecordBatcher(decoder, settings.topics(), changes, settings.changes(), clock);
        this.connection = new ConnectionWatch(clock, statusListener, ConnectionWatch.unreachableAfter(settings));
    }

    /**
     * Reads until {@link #stop()} is called, or, when {@code idleExit} is given, until no record arrived for
     * that long since the last record or the last (re)assignment of partitions, or since the start when no
     * partition could be found (a broker that answers but has not answered the look-up of the topics yet is waited
     * for), or until the broker refuses Floorwatch (see {@link #refusal()}). Returns what this run stored.
     */
    public ImportSummary run(Duration idleExit) {
        Instant lastRecord = clock.instant();
        try {
            if (!awaitResolvable(lastRecord, idleExit)) {
                return summary;
            }
            consumer = new KafkaConsumer<>(settings.consumerProperties());
            partitions = new PartitionAssigner(consumer, settings.allTopics(), reader, clock, PARTITION_REFRESH);
            if (!running) {
                return summary;
            }
            while (running) {
                long started = System.nanoTime();
                if (partitions.lookUpIfDue()) {
                    drain();
                    partitions.assignAndSeek();
                    lastRecord = clock.instant(); // finding the partitions is not idleness: the wait starts now
                }
                if (!partitions.hasPartitions()) {
                    // no fetch or commit in between: the pause before the next look-up counts as listening too
                    connection.check(consumer.metrics(), false, Duration.ofNanos(System.nanoTime() - started).plus(POLL));
                    boolean stillAsking = connection.reached() && !partitions.answered(); // a slow first answer
                    if (!stillAsking && idleTooLong(lastRecord, idleExit)) {
                        break;
                    }
                    Thread.sleep(POLL.toMillis());
                    continue;
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                connection.check(consumer.metrics(), !records.isEmpty(), Duration.ofNanos(System.nanoTime() - started));
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
        } catch (AuthenticationException e) {
            refusal = BrokerRefusal.of(e, settings.bootstrapServers()).orElseThrow();
            LOG.warn(refusal.line());
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
        KafkaConsumer<byte[], byte[]> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
    }

    public BrokerStatus brokerStatus() {
        return connection.status();
    }

    /**
     * Why the broker would not let Floorwatch in (login refused, certificate not trusted or for another name), if that
     * ended {@link #run}; a refusal is not retried here.
     */
    public Optional<BrokerRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Whether the broker answered at least once in this run. */
    public boolean reachedBroker() {
        return connection.reached();
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /**
     * Waits until a server name resolves (the Kafka client refuses to start otherwise), counting the wait as listening
     * in vain; false if stopped or idle too long first.
     */
    private boolean awaitResolvable(Instant started, Duration idleExit) throws InterruptedException {
        while (running) {
            long before = System.nanoTime();
            if (KafkaServers.anyResolves(settings.bootstrapServers())) {
                return true;
            }
            connection.listenedInVain(Duration.ofNanos(System.nanoTime() - before).plus(POLL), false);
            if (idleTooLong(started, idleExit)) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
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
            PROGRESS.debug("read {} records", summary.newEvents() + summary.duplicates() + summary.quarantined());
        } catch (CompletionException e) {
            inFlight.forEach(f -> f.cancel(false));
            inFlight.clear();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IngestFailedException("the local store refused a batch: " + cause.getMessage(), cause);
        }
    }
}
