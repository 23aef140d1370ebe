package org.floorwatch.floorplan.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.floorplan.alarm.AlarmEpisodesTest.at;
import static org.floorwatch.floorplan.alarm.AlarmEpisodesTest.heat;
import static org.floorwatch.floorplan.alarm.AlarmEpisodesTest.wip;

import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;

/**
 * The map at a past instant marks the alarms active then, as they stood then. HS-PRESS hot from 60 s to 360 s
 * (acknowledged at 200 s), PRESS over its WIP limit from 100 s on, shelved from 150 s to 250 s; the board is drawn
 * at 1,000 s.
 */
class AlarmsAtAPastInstantTest {

    private static final AlarmEpisode HOT = heat(60, 360, AlarmLevel.ALARM, 80, "r2");
    private static final AlarmEpisode FULL = wip(100, null, "m3");
    private static final AlarmBoard BOARD = AlarmBoard.of(List.of(HOT, FULL),
            List.of(new Acknowledgement(AlarmKind.HEAT, "HS-PRESS", at(60), "Dana", at(200), "fan cleaned")),
            List.of(new Shelving("s1", AlarmSource.station("PRESS"), "Dana", at(150), at(250), "line stopped", null,
                    null)), at(1000));

    @Test
    void theAlarmsActiveThenWithTheirAcknowledgementAndShelvingAsTheyStoodThen() {
        assertThat(BOARD.activeAt(at(30))).isEmpty();

        List<AlarmBoard.Row> at120 = BOARD.activeAt(at(120));
        assertThat(at120).extracting(AlarmBoard.Row::episode).containsExactlyInAnyOrder(HOT, FULL);
        assertThat(at120).allSatisfy(row -> assertThat(row.calling()).isTrue());

        List<AlarmBoard.Row> at200 = BOARD.activeAt(at(200));
        assertThat(at200).filteredOn(row -> row.episode() == HOT).singleElement()
                .satisfies(row -> assertThat(row.ack().by()).isEqualTo("Dana"));
        assertThat(at200).filteredOn(row -> row.episode() == FULL).singleElement()
                .satisfies(row -> assertThat(row.shelving().reason()).isEqualTo("line stopped"));

        assertThat(BOARD.activeAt(at(400))).extracting(AlarmBoard.Row::episode).containsExactly(FULL);
    }

    @Test
    void theMarksOfAPastInstantLeaveShelvedSourcesOut() {
        List<AlarmBoard.Row> unshelved = BOARD.activeAt(at(200)).stream().filter(row -> row.shelving() == null).toList();
        Map<String, StationAlarms.Mark> marks = StationAlarms.of(SmallPlan.withAlarmLimits(), unshelved);
        assertThat(marks).containsOnlyKeys("PRESS");
        assertThat(marks.get("PRESS").words()).isEqualTo("HEAT ALARM");
        assertThat(marks.get("PRESS").acknowledged()).isTrue();
        assertThat(marks.get("PRESS").more()).isZero();
    }
}
