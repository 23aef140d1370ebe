package org.floorwatch.floorplan.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.api.Test;

/**
 * Contract section 8 on hand-made readings and moves, each answer worked out here. HS-PRESS: warn 60, alarm 75,
 * dead band 1.0 (so it leaves alarm below 74 and warn below 59), stale after 300 s. PRESS: wip_limit 3.
 */
class AlarmEpisodesTest {

    static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final FloorPlan PLAN = SmallPlan.withAlarmLimits();

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static HeatReading press(String id, int seconds, double celsius) {
        return new HeatReading(id, at(seconds), "HS-PRESS", celsius);
    }

    static PartMove move(String id, int seconds, String from, String to) {
        return new PartMove(id, at(seconds), "P-" + id, "X", from, to, null);
    }

    static AlarmEpisode heat(int start, Integer end, AlarmLevel level, double peak, String raisedBy) {
        return new AlarmEpisode(AlarmKind.HEAT, "HS-PRESS", at(start), end == null ? null : at(end), level, peak,
                raisedBy, false);
    }

    static AlarmEpisode stale(int start, Integer end, String after) {
        return new AlarmEpisode(AlarmKind.STALE, "HS-PRESS", at(start), end == null ? null : at(end), null, null, after,
                false);
    }

    static AlarmEpisode wip(int start, Integer end, String raisedBy) {
        return new AlarmEpisode(AlarmKind.WIP, "PRESS", at(start), end == null ? null : at(end), AlarmLevel.ALARM, null,
                raisedBy, false);
    }

    /** Episodes of the kind, by definition from events in the order stored. */
    static List<AlarmEpisode> episodes(AlarmKind kind, List<? extends FloorEvent> stored) {
        return AlarmFloor.replay(PLAN, stored).episodes().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void theDeadBandKeepsALevelUntilAReadingFallsPastIt() {
        List<HeatReading> readings = List.of(press("r1", 0, 50), press("r2", 10, 61), press("r3", 20, 59.5),
                press("r4", 30, 76), press("r5", 40, 74.5), press("r6", 50, 73.9), press("r7", 60, 59.2),
                press("r8", 70, 58.9), press("r9", 80, 59.9), press("r10", 90, 60));

        // r2 61 >= warn starts; r3 59.5 >= 59 stays warn; r4 76 alarm; r5 74.5 >= 74 stays alarm; r6 73.9 < 74 is
        // warn; r7 59.2 >= 59 stays warn; r8 58.9 < 59 ends. r9 59.9 is normal (from normal no dead band applies);
        // r10 60 starts the next one, open.
        assertThat(episodes(AlarmKind.HEAT, readings)).containsExactly(
                heat(10, 70, AlarmLevel.ALARM, 76, "r2"),
                heat(90, null, AlarmLevel.WARN, 60, "r10"));
        AlarmFloor floor = AlarmFloor.replay(PLAN, readings.subList(0, 6));
        assertThat(floor.level("HS-PRESS")).hasToString("WARN");
    }

    @Test
    void aLateReadingSplitsAnEpisode() {
        List<HeatReading> inOrder = List.of(press("r1", 0, 61), press("r2", 10, 62), press("r4", 30, 63));
        List<HeatReading> withLate = new ArrayList<>(inOrder);
        withLate.add(press("r3", 20, 58));

        assertThat(episodes(AlarmKind.HEAT, inOrder)).containsExactly(heat(0, null, AlarmLevel.WARN, 63, "r1"));
        // r3 (58 < 59) at 20 s ends the first episode; r4 (63) starts a second
        assertThat(episodes(AlarmKind.HEAT, withLate)).containsExactly(
                heat(0, 20, AlarmLevel.WARN, 62, "r1"), heat(30, null, AlarmLevel.WARN, 63, "r4"));
    }

    @Test
    void aLateReadingJoinsTheEpisodeThatFollows() {
        // r1 starts, r2 (58) ends; r4 59.5 is normal coming from normal; r5 starts a second episode at 40 s
        List<HeatReading> inOrder = List.of(press("r1", 0, 61), press("r2", 10, 58), press("r4", 30, 59.5),
                press("r5", 40, 61), press("r6", 50, 58));
        List<HeatReading> withLate = new ArrayList<>(inOrder);
        withLate.add(press("r3", 20, 60.5));

        assertThat(episodes(AlarmKind.HEAT, inOrder)).containsExactly(
                heat(0, 10, AlarmLevel.WARN, 61, "r1"), heat(40, 50, AlarmLevel.WARN, 61, "r5"));
        // the late 60.5 at 20 s is warn, so 59.5 at 30 s now stays warn within the dead band: one episode 20..50 s
        assertThat(episodes(AlarmKind.HEAT, withLate)).containsExactly(
                heat(0, 10, AlarmLevel.WARN, 61, "r1"), heat(20, 50, AlarmLevel.WARN, 61, "r3"));
    }

    @Test
    void aLateMoveJoinsTwoWipEpisodes() {
        List<PartMove> inOrder = List.of(move("m1", 0, "IN", "PRESS"), move("m2", 10, "IN", "PRESS"),
                move("m3", 20, "IN", "PRESS"), move("m4", 30, "PRESS", "CHECK"), move("m6", 50, "IN", "PRESS"),
                move("m7", 60, "PRESS", "CHECK"), move("m8", 70, "PRESS", "CHECK"));
        List<PartMove> withLate = new ArrayList<>(inOrder);
        withLate.add(move("m5", 40, "IN", "PRESS"));

        // WIP 1, 2, 3 (alarm from 20 s), 2 at 30 s (ends), 3 at 50 s (again), 2 at 60 s (ends)
        assertThat(episodes(AlarmKind.WIP, inOrder)).containsExactly(wip(20, 30, "m3"), wip(50, 60, "m6"));
        // with m5 at 40 s: 3, 2 (ends at 30 s), 3 at 40 s, 4 at 50 s, 3 at 60 s, 2 at 70 s: one episode 40..70 s
        assertThat(episodes(AlarmKind.WIP, withLate)).containsExactly(wip(20, 30, "m3"), wip(40, 70, "m5"));
    }

    @Test
    void aSensorIsStaleFromItsLastReadingPlusStaleAfterUntilTheNext() {
        List<HeatReading> readings = List.of(press("r1", 0, 30), press("r2", 10, 30), press("r3", 400, 30),
                press("r4", 700, 30), press("r5", 1001, 30));

        // 10 -> 400 s: gap 390 > 300, stale 310..400; 400 -> 700: exactly 300, not stale; 700 -> 1001: 301 > 300,
        // stale 1000..1001; after r5 nothing more: stale from 1301 on, open
        assertThat(episodes(AlarmKind.STALE, readings)).containsExactly(
                stale(310, 400, "r2"), stale(1000, 1001, "r4"), stale(1301, null, "r5"));
    }

    @Test
    void aWipEpisodeRunsFromTheMoveThatReachesTheLimitToTheOneThatBringsItBelow() {
        List<PartMove> moves = List.of(move("m1", 0, "IN", "PRESS"), move("m2", 10, "IN", "PRESS"),
                move("m3", 20, "IN", "PRESS"), move("m4", 30, "IN", "PRESS"), move("m5", 40, "PRESS", "CHECK"),
                move("m6", 50, "PRESS", "CHECK"), move("m7", 60, "IN", "PRESS"));

        // WIP 1, 2, 3 (reaches the limit 3 at 20 s), 4, 3 (still at the limit), 2 at 50 s (below: ends), 3 at 60 s
        assertThat(episodes(AlarmKind.WIP, moves)).containsExactly(wip(20, 50, "m3"),
                wip(60, null, "m7"));
    }

    @Test
    void equalTimestampsAreReadInIdOrderWhateverTheOrderStored() {
        List<HeatReading> warmFirst = List.of(press("b", 0, 58), press("a", 0, 61));
        List<HeatReading> calmFirst = List.of(press("a", 0, 58), press("b", 0, 61));

        // "a" comes first: 61 starts an episode that 58 ("b") ends at the same instant
        assertThat(episodes(AlarmKind.HEAT, warmFirst)).containsExactly(heat(0, 0, AlarmLevel.WARN, 61, "a"));
        // "a" is 58: normal; "b" 61 starts an episode that stays open
        assertThat(episodes(AlarmKind.HEAT, calmFirst)).containsExactly(heat(0, null, AlarmLevel.WARN, 61, "b"));
    }

    @Test
    void theLiveFloorReadsInOrderEventsAtOnceAndMarksALateOnesSourceDirty() {
        AlarmFloor live = new AlarmFloor(PLAN);
        live.stored(List.of(press("r1", 0, 61), press("r2", 10, 62), press("r4", 30, 63), press("r5", 40, 58),
                press("r6", 50, 30)));
        assertThat(live.dirty()).isEmpty();
        assertThat(live.episodes()).contains(heat(0, 40, AlarmLevel.WARN, 63, "r1"));

        live.stored(List.of(press("r3", 20, 58), press("r7", 60, 30)));

        // r3 at 20 s is inside the episode 0..40 s: read again from its start; r7, though in order, waits for that
        assertThat(live.dirty()).isEqualTo(Map.of(AlarmSource.sensor("HS-PRESS"), at(0)));
        assertThat(live.sensor("HS-PRESS").last().id()).isEqualTo("r6");
    }
}
