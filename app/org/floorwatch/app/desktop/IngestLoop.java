package org.floorwatch.app.desktop;

import java.time.Duration;
import java.time.Instant;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.database.ChangeEventDecoder;
import org.floorwatch.ingest.kafka.BrokerStatus;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.views.IngestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live ingest for the desktop app, on its own thread until {@link #stop}: runs a {@link KafkaIngest} and, when it
 * fails (the store refused a batch, the client gave up), starts a new one after a growing pause (1 s doubling to
 * 30 s), resuming from the store's offsets. A broker that refuses Floorwatch (login, certificate) is tried again once a
 * minute: a wrong password is not mended by asking again at once. The broker's state goes to the screens'
 * {@link IngestStatus}.
 */
final class IngestLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestLoop.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Duration AFTER_REFUSAL = Duration.ofMinutes(1);

    private final KafkaSettings settings;
    private final MessageDecoder decoder;
    private final ChangeEventDecoder changes;
    private final FloorStore store;
    private final IngestStatus status;
    private final Object lock = new Object();
    private boolean running = true;
    private KafkaIngest current;
    private int restarts;

    IngestLoop(KafkaSettings settings, FloorPlan plan, FloorStore store, IngestStatus status) {
        this.settings = settings;
        this.decoder = new MessageDecoder(plan);
        this.changes = settings.changes().isEmpty() ? null : new ChangeEventDecoder(plan);
        this.store = store;
        this.status = status;
    }

    @Override
    public void run() {
        Duration pause = FIRST_PAUSE;
        while (isRunning()) {
            Duration wait = pause;
            try (KafkaIngest ingest = new KafkaIngest(settings, decoder, changes, store.writer(), store.reader(),
                    broker -> status.brokerChanged(link(broker.state()), broker.since()))) {
                if (!begin(ingest)) {
                    return;
                }
                ingest.run(null);
                pause = FIRST_PAUSE;
                if (ingest.refusal().isPresent()) {
                    status.brokerRefused(ingest.refusal().get().shortWords(), Instant.now());
                    wait = AFTER_REFUSAL;
                }
            } catch (RuntimeException e) {
                if (!isRunning()) {
                    return;
                }
                LOG.warn("live ingest stopped ({}); starting again in {} s", settings.withoutSecrets(e.getMessage()),
                        pause.toSeconds());
            } finally {
                end();
            }
            if (!pauseFor(wait)) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            synchronized (lock) {
                restarts++;
            }
        }
    }

    private static IngestStatus.Link link(BrokerStatus.State state) {
        return switch (state) {
            case CONNECTING -> IngestStatus.Link.CONNECTING;
            case ONLINE -> IngestStatus.Link.ONLINE;
            case OFFLINE -> IngestStatus.Link.OFFLINE;
            case UNREACHABLE -> IngestStatus.Link.UNREACHABLE;
        };
    }

    /** Stops the ingest from any thread; batches in flight still commit. */
    void stop() {
        synchronized (lock) {
            running = false;
            if (current != null) {
                current.stop();
            }
            lock.notifyAll();
        }
    }

    /** How many times the ingest was started again after a failure. */
    int restarts() {
        synchronized (lock) {
            return restarts;
        }
    }

    private boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    private boolean begin(KafkaIngest ingest) {
        synchronized (lock) {
            current = ingest;
            return running;
        }
    }

    private void end() {
        synchronized (lock) {
            current = null;
        }
    }

    private boolean pauseFor(Duration pause) {
        synchronized (lock) {
            long until = System.nanoTime() + pause.toNanos();
            try {
                while (running && System.nanoTime() < until) {
                    lock.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return running;
        }
    }
}
