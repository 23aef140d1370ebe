package org.floorwatch.localstore.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorState;
import org.floorwatch.floorplan.live.LiveFloor;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.history.FloorHistory;

/**
 * Keeps a {@link LiveFloor} fed by what the store's writer committed (never by raw input), rebuilt from the
 * store at start so a restart does not blank the floor, and publishes an immutable {@link FloorSnapshot}
 * when something changed: right after a commit, but no sooner than {@code publishEvery} after the previous
 * snapshot (a fixed timer made every commit wait up to a whole period more). Create it before the ingest starts.
 */
public final class LiveFloorFeed implements AutoCloseable {

    private final LiveFloor floor;
    private final AtomicReference<FloorSnapshot> latest = new AtomicReference<>(FloorSnapshot.EMPTY);
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final AtomicBoolean due = new AtomicBoolean();
    private final long gapNanos;
    private volatile long publishedNanos;
    private final List<Consumer<FloorSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-floor-publisher");
        thread.setDaemon(true);
        return thread;
    });

    public LiveFloorFeed(FloorPlan plan, FloorStore store, Duration publishEvery) {
        this.floor = new LiveFloor(plan, ProductionCalendar.of(plan));
        rebuild(floor, new FloorHistory(plan), store);
        latest.set(floor.snapshot());
        this.gapNanos = publishEvery.toNanos();
        this.publishedNanos = System.nanoTime();
        due.set(true);
        publisher.schedule(this::publish, gapNanos, TimeUnit.NANOSECONDS); // the floor as rebuilt
        store.writer().addCommitListener(this::onCommitted);
    }

    /** Loads the floor at the newest stored event time, as the floor at any past instant is read. */
    static void rebuild(LiveFloor floor, FloorHistory history, FloorStore store) {
        Instant newest = store.reader().latestEventTime().orElse(null);
        if (newest == null) {
            floor.rebuild(FloorState.EMPTY);
            return;
        }
        try (Connection connection = store.newReadConnection()) {
            floor.rebuild(history.stateAt(connection, newest));
        } catch (SQLException e) {
            throw new StoreException("could not read the floor from the store: " + e.getMessage(), e);
        }
    }

    /** The newest published snapshot; safe from any thread. */
    public FloorSnapshot latest() {
        return latest.get();
    }

    /** Called on the publisher thread with each new snapshot (a few times a second at most). */
    public void addListener(Consumer<FloorSnapshot> listener) {
        listeners.add(listener);
    }

    /** Stops calling {@code listener} (a screen that is disposed); a publish under way may still call it once. */
    public void removeListener(Consumer<FloorSnapshot> listener) {
        listeners.remove(listener);
    }

    /** Takes a snapshot now, whatever the timer; for tests and shutdown. */
    public FloorSnapshot snapshotNow() {
        FloorSnapshot snapshot = floor.snapshot();
        latest.set(snapshot);
        return snapshot;
    }

    private void onCommitted(CommitResult result) {
        if (!result.committed().isEmpty()) {
            floor.apply(result.committed());
            changed.set(true);
            if (due.compareAndSet(false, true)) {
                long wait = Math.max(0, publishedNanos + gapNanos - System.nanoTime());
                try {
                    publisher.schedule(this::publish, wait, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closed) {
                    due.set(false);
                }
            }
        }
    }

    private void publish() {
        due.set(false);
        if (changed.getAndSet(false)) {
            publishedNanos = System.nanoTime();
            FloorSnapshot snapshot = floor.snapshot();
            latest.set(snapshot);
            listeners.forEach(listener -> listener.accept(snapshot));
        }
    }

    @Override
    public void close() {
        publisher.shutdownNow();
    }
}
