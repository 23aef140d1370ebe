package org.floorwatch.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.junit.jupiter.api.Test;

/** The MyCPU Fab 1 plan that Floorwatch ships as its default. */
class DefaultPlanTest {

    private final FloorPlan plan = FloorPlanLoader.defaultPlan();

    @Test
    void isTheMyCpuFabOnLondonTimeWithThreeEightHourShifts() {
        assertThat(plan.site()).isEqualTo("MyCPU Fab 1");
        assertThat(plan.timezone().getId()).isEqualTo("Europe/London");
        assertThat(plan.shifts()).extracting(FloorPlan.Shift::name).containsExactly("A", "B", "C");
        assertThat(plan.stations()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(plan.departments()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(plan.stations()).extracting(Station::kind).contains(StationKind.values());
    }

    @Test
    void everyStationIsReachableFromTheEntryAlongRoutes() {
        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>();
        plan.stations().stream().filter(s -> s.kind() == StationKind.ENTRY).forEach(s -> next.add(s.id()));
        while (!next.isEmpty()) {
            String station = next.pop();
            if (reached.add(station)) {
                plan.routes().stream().filter(r -> r.from().equals(station)).forEach(r -> next.add(r.to()));
            }
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(plan.stationsById().keySet());
    }

    @Test
    void everyStationButExitAndScrapHasAWayOut() {
        plan.stations().stream().filter(s -> s.kind().holdsWip()).forEach(station ->
                assertThat(plan.routes()).as(station.id()).anyMatch(r -> r.from().equals(station.id())));
    }

    @Test
    void stationsSitInsideTheFloorWithoutOverlapping() {
        for (Station a : plan.stations()) {
            assertThat(a.x() + a.width()).as(a.id()).isLessThanOrEqualTo(plan.size().width());
            assertThat(a.y() + a.height()).as(a.id()).isLessThanOrEqualTo(plan.size().height());
            for (Station b : plan.stations()) {
                boolean overlap = a != b && a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                assertThat(overlap).as(a.id() + " overlaps " + b.id()).isFalse();
            }
        }
    }

    @Test
    void oneStationIsTheNaturalBottleneckAtTwoThousandPartsADay() {
        double secondsPerPart = 86_400.0 / 2000;
        long tooSlow = plan.stations().stream()
                .filter(s -> s.kind().canBeBottleneck())
                .filter(s -> s.idealCycleS() / parallelStations(s) > secondsPerPart)
                .count();
        assertThat(tooSlow).isEqualTo(1);
    }

    /** Stations with the same name but for a trailing number work in parallel. */
    private long parallelStations(Station station) {
        String family = station.name().replaceAll("\\s*\\d+$", "");
        return plan.stations().stream().filter(s -> s.name().replaceAll("\\s*\\d+$", "").equals(family)).count();
    }
}
