package org.floorwatch.floorplan.live;

import java.util.Comparator;
import java.util.TreeSet;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.event.HeatReading;

/**
 * One sensor's readings as far back as its level needs (contract section 8): from its latest reading that decides
 * the level alone ({@link HeatLevel#decidesAlone}) to its latest reading, in {@code ts} order (ties: by id). The
 * level is found by stepping forward from there with {@link HeatLevel#after}, so it depends only on which readings
 * were seen, never on the order they arrived in: a late reading inside the trail is put in its place, one before
 * the trail's start changes nothing. Before any reading decides alone the trail holds every reading from the first.
 * The one keeper of a sensor's level: the live floor, the floor at a past instant and the alarm episodes
 * ({@code SensorTrack}) all read it here. Not thread-safe: its owner guards it.
 */
public final class SensorTrail {

    /** Readings kept at most when none decides alone for a long time; the oldest then go, their level kept. */
    static final int MAX_READINGS = 20_000;
    private static final Comparator<HeatReading> ORDER =
            Comparator.comparing(HeatReading::ts).thenComparing(HeatReading::id);

    private final Sensor sensor;
    private final TreeSet<HeatReading> readings = new TreeSet<>(ORDER);
    /** Whether the first reading kept decides alone (or readings before it were let go): then older ones do not count. */
    private boolean anchored;
    private HeatLevel before = HeatLevel.NO_READING;
    private HeatLevel level = HeatLevel.NO_READING;

    public SensorTrail(Sensor sensor) {
        this.sensor = sensor;
    }

    public void add(HeatReading reading) {
        if (anchored && ORDER.compare(reading, readings.first()) < 0 || !readings.add(reading)) {
            return;
        }
        boolean newest = reading == readings.last();
        if (HeatLevel.decidesAlone(sensor, reading.celsius())) {
            readings.headSet(reading).clear();
            anchored = true;
            before = HeatLevel.NO_READING;
        }
        while (readings.size() > MAX_READINGS) {
            before = HeatLevel.after(before, sensor, readings.pollFirst().celsius());
            anchored = true;
        }
        level = newest ? HeatLevel.after(level, sensor, reading.celsius()) : stepForward();
    }

    /** The latest reading (by ts, then id), or null before the first. */
    public HeatReading latest() {
        return readings.isEmpty() ? null : readings.last();
    }

    /** The sensor's level after its latest reading; {@link HeatLevel#NO_READING} before the first. */
    public HeatLevel level() {
        return level;
    }

    private HeatLevel stepForward() {
        HeatLevel now = before;
        for (HeatReading reading : readings) {
            now = HeatLevel.after(now, sensor, reading.celsius());
        }
        return now;
    }
}
