package org.floorwatch.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.database.DatabasePolling;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.PlanInForce;
import org.floorwatch.localstore.alarm.AlarmDesk;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.lake.ScheduledLakeExport;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.floorwatch.localstore.shiftlog.ShiftLog;
import org.floorwatch.views.FloorClock;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.IngestStatus;
import org.floorwatch.views.sources.SourceImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything behind the desktop app's screens, started in order and stopped in reverse: for the demo a built-in
 * broker and a simulated floor; always the local store, the live feed, the alarm desk, the shift log and the live
 * ingest on a thread of its own,
 * and the file sources (imports, inbox, tools endpoint: see {@link FileSources}). {@link #close} stops the file
 * sources (a file being imported goes in whole), the ingest (its batches in flight commit), the simulated floor, the
 * feed, the store and the broker; it is safe to call twice and from a shutdown hook.
 */
public final class ControlRoom implements AutoCloseable {

    /** Floor seconds per wall second in the demo: a shift passes in 16 minutes, parts visibly travel. */
    public static final double DEMO_SPEED = 30;
    /** How much of its production day the demo floor sends at once before it paces, so the window opens on it at work. */
    public static final Duration DEMO_WARM_UP = Duration.ofHours(2);
    /** The demo floor's random seed. */
    static final long DEMO_SEED = 42;
    /** How often the live feed publishes a snapshot. */
    static final Duration PUBLISH_EVERY = Duration.ofMillis(100);
    /**
     * Production days of history the demo imports once its window is up: a week of the shipped plan is written and
     * imported in about two minutes beside the live floor on two busy cores (two weeks took three to four).
     */
    public static final int DEMO_HISTORY_DAYS = 7;
    /** How often the demo reads its simulated tools endpoint. */
    static final Duration DEMO_TOOLS_POLL = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(ControlRoom.class);

    private final Deque<Runnable> stops = new ArrayDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private String title = "Floorwatch";
    private FloorSources sources;
    private AlarmDesk alarms;
    private ShiftLog shiftLog;
    private FileSources files;
    private ScheduledLakeExport lakeExport;
    private volatile Runnable onWindowShown = () -> { };
    private Path dataDir;
    private DeskConfig desk;
    private FloorClock clock;

    /** The demo with {@link #DEMO_HISTORY_DAYS} days of history. */
    public static ControlRoom demo(Path dataDir, FloorPlan plan) {
        return demo(dataDir, plan, DEMO_HISTORY_DAYS);
    }

    /**
     * The demo: a built-in broker in {@code dataDir/broker} and one simulated floor of {@code plan} at
     * {@link #DEMO_SPEED} with faults on: {@code historyDays} production days of it as file sources (written the first
     * time, see {@link DemoHistory}), imported in the background once the window is up ({@link #windowShown}), and
     * the same floor carrying on live from where those files end, its first {@link #DEMO_WARM_UP} sent at once (see
     * {@link DemoTimeline}). The app reads it as it would a real site; machines' work orders and each shift's
     * clock-ins and tasks go to growing files in {@code dataDir/inbox}, which is watched once the history is in; a
     * simulated tools endpoint on 127.0.0.1 is polled. The folder is started afresh (see {@link DemoFolder}).
     */
    public static ControlRoom demo(Path dataDir, FloorPlan plan, int historyDays) {
        ControlRoom room = new ControlRoom();
        room.title = "Floorwatch \u2014 " + plan.site() + " (demo)";
        room.desk = DeskConfig.of(Operator.loggedIn());
        try {
            Path folder = DemoFolder.prepare(dataDir);
            EmbeddedBroker broker = EmbeddedBroker.start(0, folder.resolve(DemoFolder.BROKER_DIR));
            room.stops.push(broker::close);
            broker.createTopics(Topics.DEFAULT.all(), 1);
            DemoTimeline timeline = DemoTimeline.of(plan, Instant.now(), historyDays, DEMO_WARM_UP);
            DemoClock clock = new DemoClock(timeline.opensAt(), DEMO_SPEED);
            FloorStore store = room.openStore(folder);
            Runnable startIngest = room.startLive(store, plan, clock,
                    KafkaSettings.plain(broker.bootstrapServers(), Topics.DEFAULT), Actor.of(room.desk.login()));
            FileSources files = room.startFiles(plan, store);
            Path inbox = folder.resolve(DemoFolder.INBOX_DIR);
            DemoPaperwork paperwork = new DemoPaperwork(inbox, plan, timeline);
            DemoHistory history = new DemoHistory(folder, plan, historyDays, timeline.liveFrom());
            files.serveTools(history.folder().resolve(DemoHistory.INVENTORY), DEMO_TOOLS_POLL);
            room.onWindowShown = () -> {
                files.imports().importPrepared("Demo history", history.preparing(), () -> {
                    List<Path> written = history.write();
                    files.pollToolsNow();
                    return written;
                });
                files.watchInboxAfterImports(inbox);
                // the live stream carries on the floor the history ends in: read before the history is in, its parts
                // would leave stations they never entered in the store, and the floor's WIP would read negative
                files.imports().afterImports(startIngest);
            };
            DemoStream floor = new DemoStream(plan, DEMO_SEED, timeline, Topics.DEFAULT, broker.bootstrapServers(),
                    clock, paperwork);
            room.startThread("demo-floor", floor, floor::stop);
            return room;
        } catch (IOException e) {
            room.close();
            throw new UncheckedIOException("cannot start the demo in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            room.close();
            throw e;
        }
    }

    /**
     * A real site: the store in the config's data folder, live ingest from the configured Kafka (with its Debezium
     * topics), and, when configured, the inbox folder watched, the tools endpoint and the databases polled.
     */
    public static ControlRoom live(GuiConfig config) {
        ControlRoom room = new ControlRoom();
        room.desk = config.desk();
        try {
            FloorStore store = room.openStore(config.dataDir());
            FloorPlan plan = PlanInForce.resolve(config.planFile(), store);
            room.title = "Floorwatch \u2014 " + plan.site();
            room.startLive(store, plan, FloorClock.wall(), config.kafka(), new Actor(config.operator(),
                    config.desk().login())).run();
            FileSources files = room.startFiles(plan, store);
            if (config.inboxDir() != null) {
                files.watchInbox(config.inboxDir());
            }
            if (config.toolsUrl() != null) {
                files.pollTools(config.toolsUrl(), config.toolsPoll());
            }
            if (!config.databases().isEmpty()) {
                DatabasePolling databases = new DatabasePolling(config.databases(), plan, store.writer(),
                        files.imports()::sourcesChanged);
                room.stops.push(databases::close);
            }
            if (config.lake() != null) {
                GuiConfig.LakeSchedule lake = config.lake();
                room.lakeExport = new ScheduledLakeExport(store, () -> plan, lake.folder(), lake.parquet(), lake.every())
                        .start();
                room.stops.push(room.lakeExport::close);
            }
            return room;
        } catch (RuntimeException e) {
            room.close();
            throw e;
        }
    }

    /** The history export on a schedule, or null when the config names no folder for it. */
    public ScheduledLakeExport lakeExport() {
        return lakeExport;
    }

    public FloorSources sources() {
        return sources;
    }

    /** The alarms as the operator works them: the banner, the Alarms screen and the map's marks. */
    public AlarmDesk alarms() {
        return alarms;
    }

    public ShiftLog shiftLog() {
        return shiftLog;
    }

    /** The file imports, the inbox's and the tools endpoint's news, for the Sources screen. */
    public SourceImports sourceImports() {
        return files.imports();
    }

    /** Called once the main window is up: starts the work that must not hold it back (the demo's history). */
    public void windowShown() {
        Runnable work = onWindowShown;
        onWindowShown = () -> { };
        work.run();
    }

    /** Who sits at this desk, the roles by login and what a wall display shows. */
    public DeskConfig desk() {
        return desk;
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
            for (Runnable stop = nextStop(); stop != null; stop = nextStop()) {
                try {
                    stop.run();
                } catch (RuntimeException e) {
                    LOG.warn("while stopping: {}", e.getMessage());
                }
            }
        }
    }

    private Runnable nextStop() {
        synchronized (stops) {
            return stops.poll();
        }
    }

    private FloorStore openStore(Path folder) {
        FloorStore store = FloorStore.open(folder);
        stops.push(store::close);
        dataDir = store.dataDir();
        return store;
    }

    private FileSources startFiles(FloorPlan plan, FloorStore store) {
        files = new FileSources(plan, store.writer(), clock::now);
        stops.push(files::close);
        return files;
    }

    /** Sets up the live floor, alarms and shift log on {@code store}; returns what starts reading Kafka into it. */
    private Runnable startLive(FloorStore store, FloorPlan plan, FloorClock clock, KafkaSettings kafka, Actor operator) {
        this.clock = clock;
        LiveFloorFeed feed = new LiveFloorFeed(plan, store, PUBLISH_EVERY);
        stops.push(feed::close);
        alarms = new AlarmDesk(plan, store, clock::now, operator);
        stops.push(alarms::close);
        shiftLog = new ShiftLog(store, ProductionCalendar.of(plan));
        IngestStatus status = new IngestStatus();
        sources = new FloorSources(plan, store, feed, status, clock);
        IngestLoop ingest = new IngestLoop(kafka, plan, store, status);
        return () -> {
            synchronized (stops) { // not once close has begun: its stop would never run
                if (!closed.get()) {
                    startThread("floor-ingest", ingest, ingest::stop);
                }
            }
        };
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
