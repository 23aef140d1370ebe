package org.floorwatch.floorplan.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.floorplan.live.FloorSnapshot.StationLive;
import org.junit.jupiter.api.Test;

class LiveFloorTest {

    private final FloorPlan plan = SmallPlan.plan();
    private final ProductionCalendar calendar = ProductionCalendar.of(plan);

    @Test
    void countsWipTodayTheLastHourAndTheShift() {
        LiveFloor floor = new LiveFloor(plan, calendar);
        floor.apply(List.of(
                move("a1", "2026-11-02T05:50:00Z", "P1", null, "IN", null),      // day before (C shift of 1 Nov)
                move("a2", "2026-11-02T06:10:00Z", "P1", "IN", "PRESS", null),
                move("a3", "2026-11-02T06:20:00Z", "P2", null, "IN", null),
                move("a4", "2026-11-02T06:30:00Z", "P1", "PRESS", "CHECK", "E-1"),
                move("a5", "2026-11-02T06:40:00Z", "P1", "CHECK", "OUT", null),
                new HeatReading("h1", Instant.parse("2026-11-02T06:41:00Z"), "HS-PRESS", 66.0)));

        FloorSnapshot snapshot = floor.snapshot();

        assertThat(snapshot.asOf()).isEqualTo(Instant.parse("2026-11-02T06:41:00Z"));
        assertThat(station(snapshot, "IN")).isEqualTo(new StationLive("IN", 1, 1, 0, 1, HeatLevel.NO_READING));
        assertThat(station(snapshot, "PRESS")).isEqualTo(new StationLive("PRESS", 0, 1, 1, 1, HeatLevel.WARN));
        assertThat(station(snapshot, "OUT").wip()).isZero();
        assertThat(snapshot.wipTotal()).isEqualTo(1);
        assertThat(snapshot.completedThisShift()).isEqualTo(1);
        assertThat(snapshot.completedLastHour()).isEqualTo(1);
        assertThat(snapshot.bottleneck()).isNull();
        assertThat(snapshot.inTransit()).extracting(FloorSnapshot.PartInTransit::part).containsExactly("P1");
    }

    @Test
    void theBottleneckIsTheProcessOrInspectionStationWithTheMostWip() {
        LiveFloor floor = new LiveFloor(plan, calendar);
        floor.apply(List.of(
                move("b1", "2026-11-02T07:00:00Z", "P1", "IN", "PRESS", null),
                move("b2", "2026-11-02T07:00:01Z", "P2", "IN", "PRESS", null),
                move("b3", "2026-11-02T07:00:02Z", "P3", "IN", "CHECK", null),
                move("b4", "2026-11-02T07:00:03Z", "P4", "IN", "CHECK", null),
                move("b5", "2026-11-02T07:00:04Z", "P5", "CHECK", "FIX", null),
                move("b6", "2026-11-02T07:00:05Z", "P6", "CHECK", "FIX", null),
                move("b7", "2026-11-02T07:00:06Z", "P7", "CHECK", "FIX", null)));

        assertThat(floor.snapshot().bottleneck()).isEqualTo("PRESS"); // PRESS 2, CHECK -1, FIX (rework) not eligible
    }

    @Test
    void theSnapshotDoesNotDependOnArrivalOrder() {
        List<FloorEvent> events = shiftOfEvents();
        LiveFloor inOrder = new LiveFloor(plan, calendar);
        inOrder.apply(events);
        List<FloorEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(7));
        LiveFloor outOfOrder = new LiveFloor(plan, calendar);
        shuffled.forEach(e -> outOfOrder.apply(List.of(e)));

        assertThat(outOfOrder.snapshot()).isEqualTo(inOrder.snapshot());
    }

    @Test
    void aRebuildFromTheStoredHistoryEqualsTheLiveFloor() {
        List<FloorEvent> events = shiftOfEvents();
        LiveFloor live = new LiveFloor(plan, calendar);
        live.apply(events);
        Instant newest = live.snapshot().asOf();

        LiveFloor rebuilt = new LiveFloor(plan, calendar);
        rebuilt.rebuild(stateAt(events, newest));

        assertThat(rebuilt.snapshot()).isEqualTo(live.snapshot());
    }

    @Test
    void aFloorRebuiltAtAPastInstantAndCarriedForwardEqualsOneRebuiltLater() {
        List<FloorEvent> events = shiftOfEvents();
        Instant past = Instant.parse("2026-11-02T05:10:00Z");   // production day 1 Nov, shift C
        Instant later = Instant.parse("2026-11-02T06:20:30Z");  // production day 2 Nov, shift A
        LiveFloor replay = new LiveFloor(plan, calendar);
        replay.rebuild(stateAt(events, past));
        replay.apply(events.stream().filter(e -> e.ts().isAfter(past) && !e.ts().isAfter(later)).toList());
        replay.passTime(later);

        LiveFloor seek = new LiveFloor(plan, calendar);
        seek.rebuild(stateAt(events, later));

        assertThat(replay.snapshot()).isEqualTo(seek.snapshot());
        assertThat(seek.snapshot().asOf()).isEqualTo(later);
    }

    @Test
    void aSensorLeavesALevelDownwardOnlyPastTheDeadBandWhateverTheOrderReadingsArrive() {
        // HS-PRESS: warn 60, alarm 75, dead band 1
        List<FloorEvent> readings = List.of(heat("r1", "2026-11-02T07:00:00Z", 50), heat("r2", "2026-11-02T07:00:10Z", 76),
                heat("r3", "2026-11-02T07:00:20Z", 74.5), heat("r4", "2026-11-02T07:00:30Z", 73.9),
                heat("r5", "2026-11-02T07:00:40Z", 59.5));
        List<HeatLevel> inOrder = new ArrayList<>();
        LiveFloor floor = new LiveFloor(plan, calendar);
        for (FloorEvent reading : readings) {
            floor.apply(List.of(reading));
            inOrder.add(floor.snapshot().sensors().get(0).level());
        }
        assertThat(inOrder).containsExactly(HeatLevel.NORMAL, HeatLevel.ALARM, HeatLevel.ALARM, HeatLevel.WARN,
                HeatLevel.WARN);

        LiveFloor late = new LiveFloor(plan, calendar);
        late.apply(List.of(readings.get(0), readings.get(1), readings.get(3)));
        assertThat(late.snapshot().sensors().get(0).level()).isEqualTo(HeatLevel.WARN);
        late.apply(List.of(readings.get(2)));  // 74.5 arrives late, before 73.9: 73.9 still leaves the alarm
        assertThat(late.snapshot().sensors().get(0).level()).isEqualTo(HeatLevel.WARN);
        late.apply(List.of(readings.get(4)));
        assertThat(late.snapshot()).isEqualTo(floor.snapshot());
    }

    /** The floor at {@code at} as the store would hand it over, counted here by hand from the events. */
    private FloorState stateAt(List<FloorEvent> events, Instant at) {
        Instant dayStart = calendar.dayStart(calendar.productionDay(at));
        Instant shiftStart = calendar.shiftAt(at).start();
        Instant recentFrom = LiveFloor.recentFrom(at);
        Map<String, Long> wip = new HashMap<>();
        Map<String, Long> processed = new HashMap<>();
        Map<String, Long> errors = new HashMap<>();
        long completed = 0;
        List<PartMove> recent = new ArrayList<>();
        List<HeatReading> heat = new ArrayList<>();
        for (FloorEvent event : events) {
            if (event.ts().isAfter(at)) {
                continue;
            }
            if (event instanceof PartMove m) {
                if (m.from() != null) {
                    wip.merge(m.from(), -1L, Long::sum);
                    if (!m.ts().isBefore(dayStart)) {
                        processed.merge(m.from(), 1L, Long::sum);
                        errors.merge(m.from(), m.failed() ? 1L : 0L, Long::sum);
                    }
                }
                wip.merge(m.to(), 1L, Long::sum);
                completed += m.to().equals("OUT") && !m.ts().isBefore(shiftStart) ? 1 : 0;
                if (!m.ts().isBefore(recentFrom)) {
                    recent.add(m);
                }
            } else if (event instanceof HeatReading h) {
                heat.add(h);
            }
        }
        errors.values().removeIf(n -> n == 0);
        return new FloorState(at, wip, processed, errors, completed, recent, heat);
    }

    @Test
    void aNewProductionDayStartsItsCountsAtZero() {
        LiveFloor floor = new LiveFloor(plan, calendar);
        floor.apply(List.of(move("c1", "2026-11-02T05:30:00Z", "P1", "IN", "PRESS", null),
                move("c2", "2026-11-02T06:00:00Z", "P2", null, "IN", null)));

        assertThat(station(floor.snapshot(), "IN").processedToday()).isZero();
        assertThat(station(floor.snapshot(), "IN").processedLastHour()).isEqualTo(1);
        assertThat(station(floor.snapshot(), "PRESS").wip()).isEqualTo(1);
    }

    private List<FloorEvent> shiftOfEvents() {
        List<FloorEvent> events = new ArrayList<>();
        Instant t = Instant.parse("2026-11-02T04:00:00Z");
        String[] path = {null, "IN", "PRESS", "CHECK", "OUT"};
        for (int part = 0; part < 120; part++) {
            for (int step = 1; step < path.length; step++) {
                Instant ts = t.plusSeconds(part * 97L + step * 41L);
                String error = part % 11 == 0 && step == 3 ? "E-2" : null;
                events.add(move("s" + part + "-" + step, ts.toString(), "P" + part, path[step - 1], path[step], error));
            }
            events.add(new HeatReading("h" + part, t.plusSeconds(part * 97L), "HS-PRESS", 40 + part % 50));
        }
        return events;
    }

    private static HeatReading heat(String id, String ts, double celsius) {
        return new HeatReading(id, Instant.parse(ts), "HS-PRESS", celsius);
    }

    private static PartMove move(String id, String ts, String part, String from, String to, String error) {
        return new PartMove(id, Instant.parse(ts), part, "T", from, to, error);
    }

    private static StationLive station(FloorSnapshot snapshot, String id) {
        return snapshot.stations().stream().filter(s -> s.station().equals(id)).findFirst().orElseThrow();
    }
}
