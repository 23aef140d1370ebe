package org.floorwatch.views.floor;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.read.StationHistory;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Floor screen's state, as read-only properties for the view: KPI figures, the heat overlay for the chosen
 * span, the focused station's figures and the status line. It is fed by batched snapshots only: the live feed
 * puts its newest one in a mailbox, the view's frame timer hands it over with {@link #snapshotShown}, and a tick
 * once a second refreshes the status and the heat. It listens to the feed and the writer only while the screen is
 * shown ({@link #activate} to {@link #deactivate}). Store queries (mean WIP over a span, cycle times) run on one
 * background thread; their results come back to the JavaFX thread in one hand-over each.
 */
public final class FloorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FloorViewModel.class);
    /** Seconds between refreshes of store-backed figures (span heat, cycle time). */
    private static final int STORE_REFRESH_TICKS = 5;

    private final FloorSources sources;
    private final StationHistory history;
    private final ProductionCalendar calendar;
    private final Map<String, Station> stations;
    private final AtomicReference<FloorSnapshot> mailbox;
    private final TaskRunner queries = new TaskRunner("floor-queries");
    private final FloorStatus status;
    private final FloorTime time;
    private final FloorHeat heat;
    private final ObjectProperty<String> focusedStation = new SimpleObjectProperty<>(this, "focusedStation");
    private final ReadOnlyObjectWrapper<FloorKpis> kpis = new ReadOnlyObjectWrapper<>(this, "kpis", FloorKpis.NONE);
    private final ReadOnlyObjectWrapper<StationDetail> stationDetail = new ReadOnlyObjectWrapper<>(this, "stationDetail");
    private final Consumer<FloorSnapshot> snapshotArrived;
    private FloorSnapshot snapshot = FloorSnapshot.EMPTY;
    private long ticks;
    private long cycleRequest;
    private long eraShown = -1;

    public FloorViewModel(FloorSources sources) {
        this.sources = sources;
        this.history = new StationHistory(sources.store());
        this.calendar = ProductionCalendar.of(sources.plan());
        this.stations = sources.plan().stationsById();
        this.mailbox = new AtomicReference<>(sources.feed().latest());
        this.snapshotArrived = mailbox::set;
        this.status = new FloorStatus(sources, queries);
        this.time = new FloorTime(sources, queries);
        this.heat = new FloorHeat(sources, history, time, this::query);
        focusedStation.addListener((obs, old, now) -> focusChanged());
    }

    public FloorPlan plan() {
        return sources.plan();
    }

    /** Which instant the screen shows: live, or a past one, paused or playing. */
    public FloorTime time() {
        return time;
    }

    /**
     * The snapshot to draw: live, the newest the live feed published; at a past instant, the player's. Read by the
     * frame timer; safe from any thread.
     */
    public Supplier<FloorSnapshot> latestSnapshot() {
        return () -> latestFrame().get().snapshot();
    }

    /** {@link #latestSnapshot} with its era, for the frame timer. */
    Supplier<FloorFrame> latestFrame() {
        return () -> time.frame(mailbox.get());
    }

    /** Floor seconds per wall second, to move parts between snapshots (0 at a paused past instant). */
    public DoubleSupplier floorSpeed() {
        return time::drawSpeed;
    }

    /** Called by the frame timer on the JavaFX thread when it shows a newer snapshot; a new era reads the store again. */
    void frameShown(FloorFrame frame) {
        boolean jumped = frame.era() != eraShown;
        eraShown = frame.era();
        snapshotShown(frame.snapshot(), jumped);
    }

    /** Called when a newer snapshot is shown, on the JavaFX thread. */
    public void snapshotShown(FloorSnapshot shown) {
        snapshotShown(shown, false);
    }

    private void snapshotShown(FloorSnapshot shown, boolean jumped) {
        FxThread.require();
        boolean first = jumped || snapshot.asOf().equals(Instant.EPOCH) && !shown.asOf().equals(Instant.EPOCH);
        snapshot = shown;
        time.shown(shown);
        FloorKpis tiles = FloorKpis.of(shown);
        if (!tiles.equals(kpis.get())) {
            kpis.set(tiles);
        }
        if (first) {
            heat.refresh(snapshot);
            refreshCycleTime();
        }
        StationDetail detail = stationDetail.get();
        if (detail != null) {
            stationDetail.set(StationDetail.of(detail.station(), shown, detail.avgCycleS()));
        }
    }

    /**
     * The screen is shown: listen to the live feed (its newest snapshot at once) and to the writer's commits, until
     * {@link #deactivate}. JavaFX thread.
     */
    public void activate() {
        FxThread.require();
        sources.feed().addListener(snapshotArrived);
        mailbox.set(sources.feed().latest());
        status.attach();
        time.attach();
    }

    /** The screen is hidden: stop listening to the live feed and the writer. */
    public void deactivate() {
        sources.feed().removeListener(snapshotArrived);
        status.detach();
        time.detach();
    }

    /** Called once a second on the JavaFX thread: the status line now, the store-backed figures now and then. */
    public void tick() {
        FxThread.require();
        Instant latest = mailbox.get().asOf();
        status.tick(latest.equals(Instant.EPOCH) ? null : latest);
        time.tick();
        if (heat.spanProperty().get() == HeatSpan.LIVE || time.playingProperty().get()
                || ticks % STORE_REFRESH_TICKS == 0) {
            heat.refresh(snapshot);
        }
        if (ticks % STORE_REFRESH_TICKS == 0) {
            refreshCycleTime();
        }
        ticks++;
    }

    /** The span of the heat overlay; the view binds its selector to it. */
    public ObjectProperty<HeatSpan> spanProperty() {
        return heat.spanProperty();
    }

    /** The spans chosen by hand, shown when the span is {@link HeatSpan#CHOSEN}. */
    public ObjectProperty<ChosenSpans> chosenProperty() {
        return heat.chosenProperty();
    }

    /** The station whose figures are shown (clicked or hovered), null for none. */
    public ObjectProperty<String> focusedStationProperty() {
        return focusedStation;
    }

    public ReadOnlyObjectProperty<HeatView> heatProperty() {
        return heat.heatProperty();
    }

    public ReadOnlyObjectProperty<FloorKpis> kpisProperty() {
        return kpis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StationDetail> stationDetailProperty() {
        return stationDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusLine> statusProperty() {
        return status.statusProperty();
    }

    /** The floor clock's time and name for the status bar, e.g. "Wed 2 Dec 09:34 Europe/London · demo time, 30x". */
    public ReadOnlyStringProperty floorTimeProperty() {
        return status.floorTimeProperty();
    }

    /** A station's name for the screens, its id when the plan does not know it. */
    public String stationName(String id) {
        Station station = id == null ? null : stations.get(id);
        return station == null ? id : station.name();
    }

    /** Stops listening to the live feed and the store, and the query thread; the view model is not used afterwards. */
    public void dispose() {
        deactivate();
        time.dispose();
        queries.close();
    }

    private void focusChanged() {
        Station station = focusedStation.get() == null ? null : stations.get(focusedStation.get());
        StationDetail before = stationDetail.get();
        boolean same = station != null && before != null && before.station().equals(station);
        stationDetail.set(station == null ? null
                : StationDetail.of(station, snapshot, same ? before.avgCycleS() : OptionalDouble.empty()));
        if (!same) {
            refreshCycleTime();
        }
    }

    private void refreshCycleTime() {
        StationDetail detail = stationDetail.get();
        if (detail == null || snapshot.asOf().equals(Instant.EPOCH)) {
            return;
        }
        Station station = detail.station();
        Instant asOf = snapshot.asOf();
        Instant dayStart = calendar.dayStart(calendar.productionDay(asOf));
        long request = ++cycleRequest;
        query(() -> history.meanCycle(station.id(), dayStart, asOf.plusNanos(1_000)), seconds -> {
            StationDetail now = stationDetail.get();
            if (request == cycleRequest && now != null && now.station().equals(station)) {
                stationDetail.set(now.withAvgCycle(seconds));
            }
        });
    }

    <T> void query(Callable<T> work, Consumer<T> onFxThread) {
        queries.run(BackgroundTask.of(work).onSuccess(onFxThread)
                .onFailure(e -> LOG.warn("a floor query failed: {}", e.getMessage())));
    }
}
