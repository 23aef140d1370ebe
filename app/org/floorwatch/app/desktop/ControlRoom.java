package org.floorwatch.app.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.floorwatch.views.FloorClock;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.IngestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything behind the desktop app's screens, started in order and stopped in reverse: for the demo a built-in
 * broker and a simulated floor; always the local store, the live feed and the live ingest on a thread of its own.
 * {@link #close} stops the ingest (its batches in flight commit), the simulated floor, the feed, the store and the
 * broker; it is safe to call twice and from a shutdown hook.
 */
public final class ControlRoom implements AutoCloseable {

    /** Floor seconds per wall second in the demo: a shift passes in 16 minutes, parts visibly travel. */
    public static final double DEMO_SPEED = 30;
    /** How much floor history the demo sends at once before it paces, so the window opens on a busy floor. */
    public static final Duration DEMO_WARM_UP = Duration.ofHours(2);
    /** The demo floor's random seed. */
    static final long DEMO_SEED = 42;
    /** How often the live feed publishes a snapshot. */
    static final Duration PUBLISH_EVERY = Duration.ofMillis(200);

    private static final Logger LOG = LoggerFactory.getLogger(ControlRoom.class);

    private final Deque<Runnable> stops = new ArrayDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private String title = "Floorwatch";
    private FloorSources sources;
    private Path dataDir;

    /**
     * The demo: a built-in broker in {@code dataDir/broker}, the simulated floor of {@code plan} at
     * {@link #DEMO_SPEED} with faults on, starting {@link #DEMO_WARM_UP} back, and the app reading it as it
     * would a real site. The folder is started afresh (see {@link DemoFolder}).
     */
    public static ControlRoom demo(Path dataDir, FloorPlan plan) {
        ControlRoom room = new ControlRoom();
        room.title = "Floorwatch \u2014 " + plan.site() + " (demo)";
        try {
            Path folder = DemoFolder.prepare(dataDir);
            EmbeddedBroker broker = EmbeddedBroker.start(0, folder.resolve(DemoFolder.BROKER_DIR));
            room.stops.push(broker::close);
            broker.createTopics(Topics.DEFAULT.all(), 1);
            DemoClock clock = new DemoClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), DEMO_SPEED);
            room.startLive(room.openStore(folder), plan, clock, KafkaSettings.plain(broker.bootstrapServers(), Topics.DEFAULT));
            DemoStream floor = new DemoStream(plan, DEMO_SEED, Topics.DEFAULT, broker.bootstrapServers(), clock, DEMO_WARM_UP);
            room.startThread("demo-floor", floor, floor::stop);
            return room;
        } catch (RuntimeException e) {
            room.close();
            throw e;
        }
    }

    /** A real site: the store in the config's data folder and live ingest from the configured Kafka. */
    public static ControlRoom live(GuiConfig config) {
        ControlRoom room = new ControlRoom();
        try {
            FloorStore store = room.openStore(config.dataDir());
            FloorPlan plan = PlanInForce.resolve(config.planFile(), store);
            room.title = "Floorwatch \u2014 " + plan.site();
            room.startLive(store, plan, FloorClock.wall(), config.kafka());
            return room;
        } catch (RuntimeException e) {
            room.close();
            throw e;
        }
    }

    public FloorSources sources() {
        return sources;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String title() {
        return title;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            while (!stops.isEmpty()) {
                try {
                    stops.pop().run();
                } catch (RuntimeException e) {
                    LOG.warn("while stopping: {}", e.getMessage());
                }
            }
        }
    }

    private FloorStore openStore(Path folder) {
        FloorStore store = FloorStore.open(folder);
        stops.push(store::close);
        dataDir = store.dataDir();
        return store;
    }

    private void startLive(FloorStore store, FloorPlan plan, FloorClock clock, KafkaSettings kafka) {
        LiveFloorFeed feed = new LiveFloorFeed(plan, store.writer(), store.reader(), PUBLISH_EVERY);
        stops.push(feed::close);
        IngestStatus status = new IngestStatus();
        sources = new FloorSources(plan, store, feed, status, clock);
        IngestLoop ingest = new IngestLoop(kafka, plan, store, status);
        startThread("floor-ingest", ingest, ingest::stop);
    }

    private void startThread(String name, Runnable work, Runnable stop) {
        Thread thread = new Thread(work, name);
        thread.start();
        stops.push(() -> {
            stop.run();
            try {
                thread.join(Duration.ofSeconds(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
