package org.floorwatch.floorplan.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.event.HeatReading;

/**
 * One sensor's level now with the dead band of contract section 8, as the alarms have it: {@link HeatLevel#after}
 * over its readings in (ts, id) order. Only the readings since the last one that decides the level alone are needed
 * (that one sets the level whatever came before), so a late reading lands where it belongs. A sensor that hovers in
 * its dead band for very long keeps at most {@value #MAX_TAIL} readings; older ones are folded into the level before.
 */
final class SensorChain {

    static final int MAX_TAIL = 4096;
    private static final Comparator<HeatReading> ORDER = Comparator.comparing(HeatReading::ts).thenComparing(HeatReading::id);

    private final Sensor sensor;
    private final List<HeatReading> tail = new ArrayList<>();
    /** The level before the tail's first reading; the tail starts at a reading that decides alone, or it was folded. */
    private HeatLevel before = HeatLevel.NO_READING;
    private boolean closedStart;
    private HeatLevel level = HeatLevel.NO_READING;

    SensorChain(Sensor sensor) {
        this.sensor = sensor;
    }

    void add(HeatReading reading) {
        if (closedStart && ORDER.compare(reading, tail.get(0)) < 0) {
            return;
        }
        int at = tail.size();
        while (at > 0 && ORDER.compare(tail.get(at - 1), reading) > 0) {
            at--;
        }
        tail.add(at, reading);
        if (HeatLevel.decidesAlone(sensor, reading.celsius())) {
            tail.subList(0, at).clear();
            before = HeatLevel.NO_READING;
            closedStart = true;
        } else if (tail.size() > MAX_TAIL) {
            List<HeatReading> folded = tail.subList(0, MAX_TAIL / 2);
            folded.forEach(r -> before = HeatLevel.after(before, sensor, r.celsius()));
            folded.clear();
            closedStart = true;
        }
        level = before;
        tail.forEach(r -> level = HeatLevel.after(level, sensor, r.celsius()));
    }

    HeatReading latest() {
        return tail.isEmpty() ? null : tail.get(tail.size() - 1);
    }

    HeatLevel level() {
        return level;
    }
}
