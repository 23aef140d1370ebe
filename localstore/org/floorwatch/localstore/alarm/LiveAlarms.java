package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmFloor;
import org.floorwatch.floorplan.alarm.SensorHealth;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alarm episodes kept up to date after every commit of the store's writer, on a thread of their own: the commit
 * listener only queues what was committed. Events in order are read at once; a source that got one out of order
 * (late, or history imported) is read again from the store from its restart point. That read sees exactly the
 * commits queued before it: the writer thread itself opens a read transaction on a connection of this feed and
 * queues a mark, so commits before the mark are in the transaction and commits after it are not. At start every
 * source is read so (the whole history, in the background).
 */
public final class LiveAlarms implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAlarms.class);
    private static final Object PINNED = new Object();
    /** After a read again from the store, the least time before the next one, beside twice the read's length. */
    private static final Duration MIN_ROUND_GAP = Duration.ofMillis(200);
    /** While commits keep coming, how often the episodes are handed on at most. */
    private static final Duration PUBLISH_EVERY = Duration.ofMillis(100);

    private final FloorStore store;
    private final Connection snapshot;
    private final AlarmFloor floor;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Consumer<CommitResult> onCommit = this::committed;
    private final List<Consumer<List<AlarmEpisode>>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile boolean ready;
    private volatile List<AlarmEpisode> episodes = List.of();
    private volatile Instant newestEvent;
    private volatile Map<String, SensorHealth.Flags> health = Map.of();
    private boolean pinRequested;
    private long nextRoundNanos;
    private boolean changed;
    private long publishedNanos;

    /** Starts reading the history and following the writer's commits; create it before the ingest starts. */
    public LiveAlarms(FloorPlan plan, FloorStore store) {
        this.store = store;
        this.snapshot = store.newReadConnection();
        this.floor = new AlarmFloor(plan);
        floor.readAllAgain();
        store.writer().addCommitListener(onCommit);
        this.thread = new Thread(this::run, "alarm-evaluator");
        thread.setDaemon(true);
        thread.start();
    }

    /** Every episode known now, by start; empty until the history is read. */
    public List<AlarmEpisode> episodes() {
        return episodes;
    }

    /** The sensors whose health is in doubt (see {@link SensorHealth}), by id. */
    public Map<String, SensorHealth.Flags> health() {
        return health;
    }

    /** The newest event time evaluated (the floor's event-time "now"), or null. */
    public Instant newestEvent() {
        return newestEvent;
    }

    /** Whether the stored history's episodes are read. */
    public boolean ready() {
        return ready;
    }

    /** Called on the evaluator thread with every episode after each change. */
    public void addListener(Consumer<List<AlarmEpisode>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<AlarmEpisode>> listener) {
        listeners.remove(listener);
    }

    /**
     * Waits until every commit so far is evaluated and no source waits to be read again (for tests and benches).
     *
     * @throws IllegalStateException if that takes longer than {@code timeout}
     */
    public void awaitSettled(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> settled = new CompletableFuture<>();
            store.writer().submitWork("an alarm check", connection -> queue.add((Runnable) () -> {
                boolean done = ready && !pinRequested && !floor.hasDirty();
                if (done && changed) {
                    publish();
                }
                settled.complete(done);
            }));
            try {
                if (settled.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                break;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("alarm evaluation not settled after " + timeout);
    }

    @Override
    public void close() {
        store.writer().removeCommitListener(onCommit);
        stopped = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
            snapshot.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.warn("closing the alarms' read connection: {}", e.getMessage());
        }
    }

    private void committed(CommitResult result) {
        if (!result.committed().isEmpty()) {
            queue.add(result.committed());
        }
    }

    private void run() {
        while (!stopped) {
            try {
                Object item = queue.poll(PUBLISH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                changed |= item != null && handle(item);
                if (changed && (queue.isEmpty() || System.nanoTime() - publishedNanos > PUBLISH_EVERY.toNanos())) {
                    publish();
                }
                requestPinIfDue();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("alarm evaluation failed; reading everything again", e);
                floor.readAllAgain();
                pinRequested = false;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private boolean handle(Object item) {
        if (item instanceof List<?> events) {
            floor.stored((List<FloorEvent>) events);
            return true;
        }
        if (item instanceof Runnable callback) {
            callback.run();
            return false;
        }
        if (item == PINNED) {
            readAgain();
            return true;
        }
        return false;
    }

    private void readAgain() {
        long start = System.nanoTime();
        try {
            if (!ready) {
                floor.startFrom(EpisodeRecompute.newestStored(snapshot));
            }
            EpisodeRecompute.readAgain(snapshot, floor);
            ready = true;
        } finally {
            pinRequested = false;
            endTransaction();
            long took = System.nanoTime() - start;
            nextRoundNanos = System.nanoTime() + Math.max(MIN_ROUND_GAP.toNanos(), 2 * took);
        }
    }

    private void requestPinIfDue() {
        if (pinRequested || !floor.hasDirty() || System.nanoTime() < nextRoundNanos) {
            return;
        }
        pinRequested = true;
        store.writer().submitWork("a consistent read for the alarms", connection -> {
            execute("BEGIN TRANSACTION");
            execute("SELECT count(*) FROM schema_version");
            queue.add(PINNED);
            return null;
        }).exceptionally(e -> {
            if (!stopped) {
                LOG.warn("could not read the store for the alarms: {}", e.getMessage());
            }
            queue.add((Runnable) () -> pinRequested = false);
            return null;
        });
    }

    private void publish() {
        changed = false;
        publishedNanos = System.nanoTime();
        episodes = List.copyOf(floor.episodes());
        newestEvent = floor.newest();
        health = Map.copyOf(floor.health());
        listeners.forEach(listener -> listener.accept(episodes));
    }

    private void endTransaction() {
        try {
            execute("COMMIT");
        } catch (RuntimeException e) {
            LOG.debug("ending the alarms' read transaction: {}", e.getMessage());
        }
    }

    private void execute(String sql) {
        try (Statement statement = snapshot.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("alarms: " + e.getMessage(), e);
        }
    }
}
