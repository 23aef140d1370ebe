package org.floorwatch.floorplan.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Sensor;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.live.HeatLevel;
import org.floorwatch.floorplan.live.SensorTrail;

/**
 * One sensor's heat and stale episodes (contract section 8), read from its readings in (ts, id) order.
 *
 * <p>Heat: the level is the sensor's {@link SensorTrail}, as on the live floor (up at once, down only past the dead
 * band, see {@link HeatLevel#after}); an episode starts
 * at the first reading above normal and ends at the first later reading back at normal. Stale: when the next reading
 * comes more than {@code stale_after_s} after the previous one, the sensor is stale from previous + stale_after_s to
 * that reading; after the last reading it is stale from last + stale_after_s on, open.
 *
 * <p>Readings that are calm (below {@code warn_c - deadband_c}, normal whatever came before) after a calm one change
 * nothing here, so a reader may skip runs of them (see {@link #read(HeatReading, boolean, boolean)}).
 */
public final class SensorTrack {

    private final Sensor sensor;
    private final Duration staleAfter;
    private final List<AlarmEpisode> heat = new ArrayList<>();
    private final List<AlarmEpisode> stale = new ArrayList<>();
    private final SensorTrail trail;
    private AlarmEpisode open;
    private LastEvent last;

    public SensorTrack(Sensor sensor) {
        this.sensor = sensor;
        this.staleAfter = Duration.ofNanos(Math.round(sensor.staleAfterS() * 1e9));
        this.trail = new SensorTrail(sensor);
    }

    public Sensor sensor() {
        return sensor;
    }

    /** The last reading read, or null. */
    public LastEvent last() {
        return last;
    }

    /** The sensor's level after the last reading read (normal after a {@link #before} with no reading since). */
    public HeatLevel level() {
        return trail.latest() == null && last != null ? HeatLevel.NORMAL : trail.level();
    }

    /** Reads the next reading in (ts, id) order; {@code late}: see {@link Lateness}. */
    public void read(HeatReading reading, boolean late) {
        read(reading, late, true);
    }

    /**
     * Reads the next reading in (ts, id) order. {@code followsLast} false says readings were skipped since the last
     * one read: all of them calm, none more than stale_after_s after the one before it.
     */
    public void read(HeatReading reading, boolean late, boolean followsLast) {
        if (last != null && !last.isBefore(reading.ts(), reading.id())) {
            throw new IllegalArgumentException("reading " + reading.id() + " of " + sensor.id() + " is out of order");
        }
        if (followsLast && last != null && Duration.between(last.ts(), reading.ts()).compareTo(staleAfter) > 0) {
            stale.add(silenceAfter(last).endedAt(reading.ts()));
        }
        trail.add(reading);
        if (trail.level().compareTo(HeatLevel.NORMAL) > 0) {
            raise(reading, late);
        } else if (open != null) {
            heat.add(open.endedAt(reading.ts()));
            open = null;
        }
        last = new LastEvent(reading.ts(), reading.id(), late);
    }

    /** Every episode so far, closed and open (the open stale one after the last reading included), by start. */
    public List<AlarmEpisode> episodes() {
        List<AlarmEpisode> all = new ArrayList<>(heat.size() + stale.size() + 2);
        all.addAll(heat);
        all.addAll(stale);
        if (open != null) {
            all.add(open);
        }
        if (last != null) {
            all.add(silenceAfter(last));
        }
        all.sort(Episodes.BY_START);
        return all;
    }

    /**
     * Where to read again from when a reading at {@code outOfOrder} arrived after later ones: that instant, or the
     * start of the heat episode around it, so that the level just before the returned instant is normal.
     */
    public Instant restartPoint(Instant outOfOrder) {
        List<AlarmEpisode> all = new ArrayList<>(heat);
        if (open != null) {
            all.add(open);
        }
        return Episodes.restartPoint(all, outOfOrder);
    }

    /**
     * A new track holding what this one knew before {@code from} (a {@link #restartPoint}): the episodes that ended
     * before it, and {@code previous}, the last reading before it (null if none), as its last reading.
     */
    public SensorTrack before(Instant from, LastEvent previous) {
        SensorTrack track = new SensorTrack(sensor);
        heat.stream().filter(e -> e.end().isBefore(from)).forEach(track.heat::add);
        stale.stream().filter(e -> e.end().isBefore(from)).forEach(track.stale::add);
        track.last = previous;
        return track;
    }

    private void raise(HeatReading reading, boolean late) {
        AlarmLevel reached = AlarmLevel.of(trail.level());
        if (open == null) {
            open = new AlarmEpisode(AlarmKind.HEAT, sensor.id(), reading.ts(), null, reached, reading.celsius(),
                    reading.id(), late);
        } else if (reached.compareTo(open.level()) > 0 || reading.celsius() > open.peak()) {
            open = new AlarmEpisode(AlarmKind.HEAT, sensor.id(), open.start(), null,
                    reached.compareTo(open.level()) > 0 ? reached : open.level(), Math.max(open.peak(), reading.celsius()),
                    open.raisedBy(), open.fromImport());
        }
    }

    private AlarmEpisode silenceAfter(LastEvent reading) {
        return new AlarmEpisode(AlarmKind.STALE, sensor.id(), reading.ts().plus(staleAfter), null, null, null,
                reading.id(), reading.late());
    }
}
