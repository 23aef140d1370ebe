package org.floorwatch.ingest.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.floorplan.FloorPlan;

/**
 * The engine of {@code simulate stream}: sends a {@link MessageStream} to Kafka. Paced, simulated time
 * runs at {@code speed} times real time from the start instant and at most {@code rate} messages go out
 * a second; unpaced (rate zero or less), messages go out as fast as the broker takes them. The messages
 * and their order depend only on the plan, seed, start and faults, never on the pacing.
 */
public final class StreamSimulator {

    private static final long MAX_NAP_NS = TimeUnit.MILLISECONDS.toNanos(100);

    private final FloorPlan plan;
    private final StreamSettings settings;

    public StreamSimulator(FloorPlan plan, StreamSettings settings) {
        this.plan = plan;
        this.settings = settings;
    }

    /**
     * Sends until {@code maxMessages} are sent (zero or less: no limit), {@code maxTime} has passed (null:
     * no limit), {@code stop} says so or the thread is interrupted; flushes what was sent and returns
     * the ledger of it.
     *
     * @throws IllegalStateException when Kafka refuses or cannot be reached
     */
    public SimulationLedger run(long maxMessages, Duration maxTime, BooleanSupplier stop) {
        Instant start = settings.start() != null ? settings.start() : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        MessageStream stream = new MessageStream(plan, settings.seed(), start, settings.topics(), settings.faults());
        SimulationLedger ledger = new SimulationLedger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long wallStart = System.nanoTime();
        long deadline = maxTime == null ? Long.MAX_VALUE : wallStart + maxTime.toNanos();
        boolean paced = settings.ratePerSecond() > 0;
        long gapNs = paced ? Math.round(1e9 / settings.ratePerSecond()) : 0;
        long nextSlot = wallStart;
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(settings.bootstrapServers()));
        try {
            while ((maxMessages <= 0 || ledger.sent() < maxMessages) && !stop.getAsBoolean()
                    && !Thread.currentThread().isInterrupted() && failure.get() == null) {
                Outgoing outgoing = stream.next();
                long due = paced ? Math.max(nextSlot, wallStart + simulatedNanos(start, outgoing.sendAt())) : 0;
                if (!waitUntil(due, deadline, stop)) {
                    break;
                }
                nextSlot = due + gapNs;
                SimulatedMessage message = outgoing.message();
                producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()),
                        (metadata, error) -> failure.compareAndSet(null, error));
                ledger.record(outgoing);
            }
        } catch (InterruptException e) {
            Thread.currentThread().interrupt();
        } catch (KafkaException e) {
            failure.compareAndSet(null, e);
        } finally {
            finish(producer);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("could not send to Kafka at " + settings.bootstrapServers() + ": "
                    + failure.get().getMessage(), failure.get());
        }
        return ledger;
    }

    private long simulatedNanos(Instant start, Instant at) {
        return Math.round(Duration.between(start, at).toNanos() / settings.speed());
    }

    /** Waits for the wall-clock instant {@code due}; false when stopped or out of time before it. */
    private static boolean waitUntil(long due, long deadline, BooleanSupplier stop) {
        while (true) {
            long now = System.nanoTime();
            if (now - deadline >= 0 || stop.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                return false;
            }
            if (due - now <= 0) {
                return true;
            }
            long nap = Math.min(Math.min(due - now, deadline - now), MAX_NAP_NS);
            try {
                TimeUnit.NANOSECONDS.sleep(nap);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Flushes and closes the producer, even on an interrupted thread (whose flag is kept). */
    private static void finish(KafkaProducer<String, String> producer) {
        boolean interrupted = Thread.interrupted();
        try {
            producer.flush();
        } finally {
            producer.close(Duration.ofSeconds(10));
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Properties producerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a producer that first saw a new topic's partition without a leader waits for the next periodic
        // metadata refresh (5 minutes by default) before sending to it
        config.put(ProducerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        // One request in flight: a new partition may answer its first produce with NOT_LEADER_OR_FOLLOWER while
        // later in-flight batches are accepted; the retried first batch then fails its sequence check for good.
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "floorwatch-simulator");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }
}
