package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.floorplan.live.HeatLevel;

/**
 * Every source's episodes, kept up to date from the events the store commits, in commit order. An event that comes
 * after its source's last one in (ts, id) order is read at once; one that comes before it (late, or history
 * imported) cannot be placed here: its source is then {@link #dirty} until a track read again from the store
 * replaces it ({@link #replace}), and its events are left to that read meanwhile. Not thread-safe: one thread
 * feeds it.
 */
public final class AlarmFloor {

    private final Map<String, SensorTrack> sensors = new LinkedHashMap<>();
    private final Map<String, SensorHealth> health = new LinkedHashMap<>();
    private final Map<String, WipTrack> stations = new LinkedHashMap<>();
    private final Map<AlarmSource, Instant> dirty = new LinkedHashMap<>();
    private final Lateness lateness = new Lateness();
    private Instant newest;

    /** Empty tracks for every sensor and every station with a WIP limit of {@code plan}. */
    public AlarmFloor(FloorPlan plan) {
        plan.sensors().forEach(sensor -> {
            sensors.put(sensor.id(), new SensorTrack(sensor));
            health.put(sensor.id(), new SensorHealth(sensor));
        });
        plan.stations().stream().filter(station -> station.wipLimit().isPresent())
                .forEach(station -> stations.put(station.id(), new WipTrack(station)));
    }

    /**
     * Section 8's episodes by definition: {@code events} in the order they were stored (which decides
     * {@link Lateness}), read in (ts, id) order.
     */
    public static AlarmFloor replay(FloorPlan plan, List<? extends FloorEvent> storedOrder) {
        AlarmFloor floor = new AlarmFloor(plan);
        Map<FloorEvent, Boolean> late = new IdentityHashMap<>();
        for (FloorEvent event : storedOrder) {
            late.put(event, floor.lateness.store(event.ts()));
            floor.advanceTo(event.ts());
        }
        List<FloorEvent> ordered = new ArrayList<>(storedOrder);
        ordered.sort(EventOrder.EVENTS);
        for (FloorEvent event : ordered) {
            floor.read(event, late.get(event));
        }
        return floor;
    }

    /** Starts the late rule from what the store held before the first event this floor will be given. */
    public void startFrom(Instant newestStored) {
        lateness.startFrom(newestStored);
        newest = newestStored;
    }

    /** Events the store just committed, in the order it stored them. */
    public void stored(Collection<? extends FloorEvent> events) {
        for (FloorEvent event : events) {
            boolean late = lateness.store(event.ts());
            advanceTo(event.ts());
            read(event, late);
        }
    }

    /** Marks every source to be read again from the store from its beginning (a floor starting up). */
    public void readAllAgain() {
        sensors.keySet().forEach(id -> dirty.put(AlarmSource.sensor(id), Instant.MIN));
        stations.keySet().forEach(id -> dirty.put(AlarmSource.station(id), Instant.MIN));
    }

    /**
     * Sources that got an event out of order, each with the instant to read it again from the store (Instant.MIN:
     * from its beginning).
     */
    public Map<AlarmSource, Instant> dirty() {
        Map<AlarmSource, Instant> points = new LinkedHashMap<>();
        dirty.forEach((source, earliest) -> points.put(source, source.isSensor()
                ? sensors.get(source.id()).restartPoint(earliest) : stations.get(source.id()).restartPoint(earliest)));
        return points;
    }

    public boolean hasDirty() {
        return !dirty.isEmpty();
    }

    public SensorTrack sensor(String id) {
        return sensors.get(id);
    }

    public WipTrack station(String id) {
        return stations.get(id);
    }

    /** Puts a sensor's track read again from the store in place; its source is no longer dirty. */
    public void replace(SensorTrack track) {
        sensors.put(track.sensor().id(), track);
        dirty.remove(AlarmSource.sensor(track.sensor().id()));
    }

    public void replace(WipTrack track) {
        stations.put(track.station().id(), track);
        dirty.remove(AlarmSource.station(track.station().id()));
    }

    /** The newest event time seen: the floor's "now" (null before any event). */
    public Instant newest() {
        return newest;
    }

    /** A sensor's level after its latest reading, with the dead band (NO_READING for an unknown sensor). */
    public HeatLevel level(String sensor) {
        SensorTrack track = sensors.get(sensor);
        return track == null ? HeatLevel.NO_READING : track.level();
    }

    /** Each sensor's health flags (see {@link SensorHealth}), those with a flag up only, by sensor id. */
    public Map<String, SensorHealth.Flags> health() {
        Map<String, SensorHealth.Flags> flagged = new LinkedHashMap<>();
        health.forEach((sensor, state) -> {
            if (state.flags().any()) {
                flagged.put(sensor, state.flags());
            }
        });
        return flagged;
    }

    /** Every episode of every source, by start. */
    public List<AlarmEpisode> episodes() {
        List<AlarmEpisode> all = new ArrayList<>();
        sensors.values().forEach(track -> all.addAll(track.episodes()));
        stations.values().forEach(track -> all.addAll(track.episodes()));
        all.sort(Episodes.BY_START);
        return all;
    }

    private void read(FloorEvent event, boolean late) {
        if (event instanceof HeatReading reading) {
            SensorTrack track = sensors.get(reading.sensor());
            if (track != null && inOrder(AlarmSource.sensor(reading.sensor()), track.last(), event)) {
                track.read(reading, late);
                health.get(reading.sensor()).read(reading.celsius());
            }
        } else if (event instanceof PartMove move) {
            if (move.from() != null) {
                moveAt(move.from(), move, -1, late);
            }
            moveAt(move.to(), move, 1, late);
        }
    }

    private void moveAt(String stationId, PartMove move, int delta, boolean late) {
        WipTrack track = stations.get(stationId);
        if (track != null && inOrder(AlarmSource.station(stationId), track.last(), move)) {
            track.move(move.ts(), move.id(), delta, late);
        }
    }

    /** Whether the event can be read now; if not, its source is (or stays) dirty from its time. */
    private boolean inOrder(AlarmSource source, LastEvent last, FloorEvent event) {
        boolean follows = last == null || last.isBefore(event.ts(), event.id());
        if (!follows) {
            dirty.merge(source, event.ts(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return follows && !dirty.containsKey(source);
    }

    private void advanceTo(Instant ts) {
        if (newest == null || ts.isAfter(newest)) {
            newest = ts;
        }
    }
}
