package org.floorwatch.floorplan.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * The floor at an instant, kept from events: WIP per station over all history, today's and the last hour's
 * counts, parts in transit and each sensor's latest reading and level (contract section 8). Live, it is fed by
 * what the store committed and its instant is the newest event; in a replay it is rebuilt at a past instant and
 * carried forward by the stored events and {@link #passTime}. Every figure depends only on the set of events
 * seen, never on their arrival order, so {@link #rebuild} from the store gives the same snapshot as the events
 * applied one by one. Thread-safe: the writer's thread applies, a timer takes snapshots.
 */
public final class LiveFloor {

    /** How long a part counts as in transit after its latest move. */
    public static final Duration TRANSIT = Duration.ofMinutes(2);
    /** How often (in floor time) parts past their transit are dropped; snapshots filter them in between. */
    private static final Duration PRUNE_EVERY = Duration.ofSeconds(10);
    private static final Comparator<PartMove> NEWEST_FIRST =
            Comparator.comparing(PartMove::ts).thenComparing(PartMove::id).reversed();

    private final FloorPlan plan;
    private final ProductionCalendar calendar;
    private final Map<String, Station> stations;
    private final Map<String, Long> wip = new HashMap<>();
    private final Map<String, Long> processedToday = new HashMap<>();
    private final Map<String, Long> errorsToday = new HashMap<>();
    private final LastHourCounts lastHour = new LastHourCounts();
    private final Map<String, PartMove> transit = new HashMap<>();
    private final Map<String, SensorTrail> sensors = new HashMap<>();
    private Instant asOf = Instant.EPOCH;
    private ShiftSlot shift;
    private Instant dayStart;
    private long completedThisShift;
    private Instant lastPrune = Instant.EPOCH;

    public LiveFloor(FloorPlan plan, ProductionCalendar calendar) {
        this.plan = plan;
        this.calendar = calendar;
        this.stations = plan.stationsById();
        plan.sensors().forEach(sensor -> sensors.put(sensor.id(), new SensorTrail(sensor)));
    }

    /** The first move time {@link FloorState#recentMoves} needs for a floor at {@code asOf}: the last hour's counts. */
    public static Instant recentFrom(Instant asOf) {
        Instant hour = LastHourCounts.windowStart(asOf);
        Instant transitStart = asOf.minus(TRANSIT);
        return transitStart.isBefore(hour) ? transitStart : hour;
    }

    /**
     * Starts over from {@code state}: the floor at its instant as the store knows it (the live floor at start, a
     * past instant for replay). Events applied afterwards carry it forward exactly as if it had seen them all.
     */
    public synchronized void rebuild(FloorState state) {
        wip.clear();
        processedToday.clear();
        errorsToday.clear();
        lastHour.clear();
        transit.clear();
        plan.sensors().forEach(sensor -> sensors.put(sensor.id(), new SensorTrail(sensor)));
        asOf = Instant.EPOCH;
        shift = null;
        completedThisShift = 0;
        lastPrune = Instant.EPOCH;
        if (state.asOf() == null) {
            return;
        }
        advanceTo(state.asOf());
        wip.putAll(state.wip());
        processedToday.putAll(state.processedToday());
        errorsToday.putAll(state.errorsToday());
        completedThisShift = state.completedThisShift();
        state.recentMoves().forEach(this::countRecent);
        state.sensorReadings().forEach(this::read);
    }

    /**
     * Moves the floor's clock on to {@code instant} with no event (a replay between events): the last hour, the
     * shift and the production day follow; an instant before the floor's own changes nothing.
     */
    public synchronized void passTime(Instant instant) {
        advanceTo(instant);
    }

    public synchronized void apply(Collection<? extends FloorEvent> events) {
        for (FloorEvent event : events) {
            advanceTo(event.ts());
            if (event instanceof PartMove move) {
                moveWip(move);
                count(move);
            } else if (event instanceof HeatReading reading) {
                read(reading);
            }
        }
    }

    public synchronized FloorSnapshot snapshot() {
        Instant transitStart = asOf.minus(TRANSIT);
        List<PartMove> moving = new ArrayList<>(transit.size());
        transit.values().forEach(move -> {
            if (move.ts().isAfter(transitStart)) {
                moving.add(move);
            }
        });
        return new SnapshotBuilder(plan, stations).build(asOf, wip, processedToday, errorsToday, lastHour, moving,
                sensors, completedThisShift);
    }

    private void advanceTo(Instant ts) {
        if (!ts.isAfter(asOf) && shift != null) {
            return;
        }
        asOf = ts.isAfter(asOf) ? ts : asOf;
        if (shift == null || !asOf.isBefore(shift.end())) {
            ShiftSlot next = calendar.shiftAt(asOf);
            if (shift == null || !next.day().equals(shift.day())) {
                processedToday.clear();
                errorsToday.clear();
                dayStart = calendar.dayStart(next.day());
            }
            shift = next;
            completedThisShift = 0;
        }
        lastHour.advanceTo(asOf);
        if (!asOf.isBefore(lastPrune.plus(PRUNE_EVERY))) {
            Instant transitStart = asOf.minus(TRANSIT);
            transit.values().removeIf(move -> !move.ts().isAfter(transitStart));
            lastPrune = asOf;
        }
    }

    private void moveWip(PartMove move) {
        if (move.from() != null && holdsWip(move.from())) {
            wip.merge(move.from(), -1L, Long::sum);
        }
        if (holdsWip(move.to())) {
            wip.merge(move.to(), 1L, Long::sum);
        }
    }

    private void count(PartMove move) {
        Instant ts = move.ts();
        if (move.from() != null && !ts.isBefore(dayStart)) {
            processedToday.merge(move.from(), 1L, Long::sum);
            if (move.failed()) {
                errorsToday.merge(move.from(), 1L, Long::sum);
            }
        }
        if (isExit(move.to()) && !ts.isBefore(shift.start())) {
            completedThisShift++;
        }
        countRecent(move);
    }

    /** The last hour's counts and the parts in transit. */
    private void countRecent(PartMove move) {
        Instant ts = move.ts();
        if (move.from() != null) {
            lastHour.countOut(move.from(), ts);
        }
        if (isExit(move.to())) {
            lastHour.countCompletion(ts);
        }
        if (ts.isAfter(asOf.minus(TRANSIT))) {
            transit.merge(move.part(), move, (a, b) -> NEWEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
    }

    private void read(HeatReading reading) {
        SensorTrail trail = sensors.get(reading.sensor());
        if (trail != null) {
            trail.add(reading);
        }
    }

    private boolean holdsWip(String station) {
        Station s = stations.get(station);
        return s != null && s.kind().holdsWip();
    }

    private boolean isExit(String station) {
        Station s = stations.get(station);
        return s != null && s.kind() == StationKind.EXIT;
    }
}
