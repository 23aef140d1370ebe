package org.floorwatch.app.desktop;

import java.io.IOException;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.ingest.simulator.Outgoing;
import org.floorwatch.ingest.simulator.SimulatedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's simulated floor on the built-in broker, faults included: the same floor as the demo's history (same
 * plan, seed and start), run on without sending to where the history's files end, then sent from there. Everything
 * due before the {@link DemoClock}'s start goes out at once, so the window opens on a floor already at work; from
 * then on each message goes out when the demo clock reaches it, and the floor's paperwork (work orders of machines
 * that break down, each shift's clock-ins and tasks) goes to the inbox the same way ({@link DemoPaperwork}). Runs on
 * its own thread until {@link #stop}.
 */
final class DemoStream implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStream.class);
    private static final long MAX_NAP_NS = TimeUnit.MILLISECONDS.toNanos(50);

    private final MessageStream stream;
    private final Instant liveFrom;
    private final DemoClock clock;
    private final DemoPaperwork paperwork;
    private final String bootstrapServers;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean running = true;
    private boolean logFailed;

    DemoStream(FloorPlan plan, long seed, DemoTimeline timeline, Topics topics, String bootstrapServers,
               DemoClock clock, DemoPaperwork paperwork) {
        this.stream = new MessageStream(plan, seed, timeline.historyStart(), topics, true);
        this.liveFrom = timeline.liveFrom();
        this.clock = clock;
        this.paperwork = paperwork;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void run() {
        long skipping = System.nanoTime();
        stream.skipTo(liveFrom);
        LOG.info("the demo floor ran on to {} in {} ms", liveFrom, (System.nanoTime() - skipping) / 1_000_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            while (running && failure.get() == null) {
                Outgoing next = stream.next();
                paperwork.opened(stream.workOrders());
                if (!waitFor(next.sendAt())) {
                    break;
                }
                writePaperwork(next.sendAt());
                SimulatedMessage message = next.message();
                producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()),
                        (metadata, error) -> {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            }
                        });
            }
        } catch (InterruptException e) {
            Thread.currentThread().interrupt();
        } catch (KafkaException e) {
            failure.compareAndSet(null, e);
        }
        if (failure.get() != null && running) {
            LOG.warn("the demo floor stopped sending: {}", failure.get().getMessage());
        }
    }

    void stop() {
        running = false;
    }

    private void writePaperwork(Instant now) {
        try {
            paperwork.writeUpTo(now);
        } catch (IOException e) {
            if (!logFailed) {
                LOG.warn("the demo floor cannot write its paperwork to the inbox: {}", e.getMessage());
                logFailed = true;
            }
        }
    }

    /** Waits until the demo clock reaches {@code sendAt}; false when stopped first. */
    private boolean waitFor(Instant sendAt) {
        long wait;
        while ((wait = clock.wallNanosUntil(sendAt)) > 0) {
            if (!running) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(wait, MAX_NAP_NS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "floorwatch-demo-floor");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }
}
