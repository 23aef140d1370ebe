package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * One station's wip episodes (contract section 8): in alarm from the move that brings its WIP to at least its
 * {@code wip_limit} until the move that brings it below, reading its moves in (ts, id) order. WIP is moves in minus
 * moves out over all history (section 5).
 */
public final class WipTrack {

    private final Station station;
    private final long limit;
    private final List<AlarmEpisode> closed = new ArrayList<>();
    private long wip;
    private AlarmEpisode open;
    private LastEvent last;

    /** @throws IllegalArgumentException if the station has no WIP limit */
    public WipTrack(Station station) {
        this.station = station;
        this.limit = station.wipLimit().orElseThrow(() -> new IllegalArgumentException(station.id() + " has no wip_limit"));
    }

    public Station station() {
        return station;
    }

    public long wip() {
        return wip;
    }

    public LastEvent last() {
        return last;
    }

    /** Reads a move into ({@code +1}) or out of ({@code -1}) the station, the next in (ts, id) order. */
    public void move(Instant ts, String id, int delta, boolean late) {
        at(ts, id, wip + delta, late);
    }

    /**
     * Reads the next move in (ts, id) order by the station's WIP after it; moves skipped since the last one read must
     * all have left the station on the same side of its limit.
     */
    public void at(Instant ts, String id, long wipAfter, boolean late) {
        if (last != null && !last.isBefore(ts, id)) {
            throw new IllegalArgumentException("move " + id + " at " + station.id() + " is out of order");
        }
        boolean was = wip >= limit;
        wip = wipAfter;
        if (!was && wip >= limit) {
            open = new AlarmEpisode(AlarmKind.WIP, station.id(), ts, null, AlarmLevel.ALARM, null, id, late);
        } else if (was && wip < limit) {
            closed.add(open.endedAt(ts));
            open = null;
        }
        last = new LastEvent(ts, id, late);
    }

    public List<AlarmEpisode> episodes() {
        List<AlarmEpisode> all = new ArrayList<>(closed);
        if (open != null) {
            all.add(open);
        }
        return all;
    }

    /**
     * The instant to read again from when a move at {@code outOfOrder} came late: it, or the start of the episode
     * around it, so that the station is below its limit just before the returned instant.
     */
    public Instant restartPoint(Instant outOfOrder) {
        return Episodes.restartPoint(episodes(), outOfOrder);
    }

    /**
     * A new track holding what this one knew before {@code from} (a {@link #restartPoint}): the episodes that ended
     * before it, the WIP over the moves before it, and the last of those moves (null if none).
     */
    public WipTrack before(Instant from, long wipBefore, LastEvent previous) {
        WipTrack track = new WipTrack(station);
        closed.stream().filter(e -> e.end().isBefore(from)).forEach(track.closed::add);
        track.wip = wipBefore;
        track.last = previous;
        if (wipBefore >= limit) {
            throw new IllegalStateException(station.id() + " is at its WIP limit before " + from + ": not a restart point");
        }
        return track;
    }
}
