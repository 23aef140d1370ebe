package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.alarm.Acknowledgement;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmSnapshot;
import org.floorwatch.floorplan.alarm.AlarmSource;
import org.floorwatch.floorplan.alarm.ShelfTime;
import org.floorwatch.floorplan.alarm.Shelving;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.audit.Actor;
import org.slf4j.LoggerFactory;

/**
 * The alarms as an operator works them: the live episodes ({@link LiveAlarms}) with the acknowledgements and
 * shelvings stored, as an {@link AlarmSnapshot} published a few times a second when something changed (and every
 * second, as shelvings run out and silences begin by the clock). Acting on alarms stamps the operator's name and
 * the floor clock. "Now" is the later of the floor clock and the newest event time.
 */
public final class AlarmDesk implements AutoCloseable {

    private static final Duration PUBLISH_EVERY = Duration.ofMillis(200);
    private static final long REFRESH_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    private final FloorStore store;
    private final ProductionCalendar calendar;
    private final Supplier<Instant> clock;
    private final Actor operator;
    private final LiveAlarms alarms;
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final List<Consumer<AlarmSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alarm-desk");
        thread.setDaemon(true);
        return thread;
    });
    private volatile AlarmActions.Stored actions;
    private volatile AlarmSnapshot latest = AlarmSnapshot.EMPTY;
    private long publishedNanos;

    /** Starts following the store; create it before the ingest starts. {@code operator}: who acts at this desk. */
    public AlarmDesk(FloorPlan plan, FloorStore store, Supplier<Instant> clock, Actor operator) {
        this.store = store;
        this.calendar = ProductionCalendar.of(plan);
        this.clock = clock;
        this.operator = operator;
        try (Connection connection = store.newReadConnection()) {
            this.actions = AlarmActions.load(connection);
        } catch (SQLException e) {
            throw new StoreException("could not read the acknowledgements: " + e.getMessage(), e);
        }
        this.alarms = new LiveAlarms(plan, store);
        alarms.addListener(episodes -> changed.set(true));
        long period = PUBLISH_EVERY.toMillis();
        publisher.scheduleWithFixedDelay(this::publishIfDue, period, period, TimeUnit.MILLISECONDS);
    }

    /** The name stamped on what is done at this desk. */
    public String operator() {
        return operator.name();
    }

    /** Who acts at this desk: the name stamped and the login. */
    public Actor actor() {
        return operator;
    }

    /** The desk's floor clock, which stamps what is done at it. */
    public Instant clockNow() {
        return clock.get();
    }

    public LiveAlarms alarms() {
        return alarms;
    }

    /** The newest published snapshot; safe from any thread. */
    public AlarmSnapshot latest() {
        return latest;
    }

    /** Called on the desk's thread with each new snapshot. */
    public void addListener(Consumer<AlarmSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AlarmSnapshot> listener) {
        listeners.remove(listener);
    }

    /** The instant the board is drawn at: the later of the floor clock and the newest event. */
    public Instant now() {
        Instant wall = clock.get();
        Instant newest = alarms.newestEvent();
        return newest != null && newest.isAfter(wall) ? newest : wall;
    }

    /** Acknowledges episodes with a note; completes with those newly acknowledged. */
    public CompletableFuture<List<Acknowledgement>> acknowledge(List<AlarmEpisode> episodes, String note) {
        return AlarmActions.acknowledge(store.writer(), episodes, operator, clock.get(), note).thenApply(stored -> {
            change(before -> {
                List<Acknowledgement> acks = new ArrayList<>(before.acks());
                acks.addAll(stored);
                return new AlarmActions.Stored(acks, before.shelves());
            });
            return stored;
        });
    }

    /** Shelves a source for {@code time} with a reason. */
    public CompletableFuture<Shelving> shelve(AlarmSource source, ShelfTime time, String reason) {
        Instant at = clock.get();
        return AlarmActions.shelve(store.writer(), source, operator, at, time.until(at, calendar), reason)
                .thenApply(shelving -> {
                    change(before -> {
                        List<Shelving> shelves = new ArrayList<>(before.shelves());
                        shelves.add(shelving);
                        return new AlarmActions.Stored(before.acks(), shelves);
                    });
                    return shelving;
                });
    }

    /** Ends a shelving before it runs out. */
    public CompletableFuture<Shelving> unshelve(Shelving shelving) {
        return AlarmActions.unshelve(store.writer(), shelving, operator, clock.get()).thenApply(done -> {
            change(before -> {
                List<Shelving> shelves = new ArrayList<>(before.shelves());
                shelves.replaceAll(s -> s.id().equals(done.id()) ? done : s);
                return new AlarmActions.Stored(before.acks(), shelves);
            });
            return done;
        });
    }

    /** Builds and publishes a snapshot now; for tests. */
    public AlarmSnapshot publishNow() {
        AlarmSnapshot snapshot = new AlarmSnapshot(AlarmBoard.of(alarms.episodes(), actions.acks(), actions.shelves(),
                now()), alarms.health(), alarms.ready());
        latest = snapshot;
        listeners.forEach(listener -> listener.accept(snapshot));
        return snapshot;
    }

    @Override
    public void close() {
        publisher.shutdownNow();
        alarms.close();
    }

    private synchronized void change(UnaryOperator<AlarmActions.Stored> how) {
        actions = how.apply(actions);
        changed.set(true);
    }

    private void publishIfDue() {
        try {
            long nanos = System.nanoTime();
            if (changed.getAndSet(false) || nanos - publishedNanos > REFRESH_EVERY_NANOS) {
                publishedNanos = nanos;
                publishNow();
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(AlarmDesk.class).error("could not publish the alarms", e);
        }
    }
}
