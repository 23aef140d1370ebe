package org.floorwatch.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FactorySimulatorTest {

    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    private static final FloorPlan LINE = TestFloors.line();
    private static List<FloorEvent> day;

    @BeforeAll
    static void runOneDay() {
        day = new FactorySimulator(LINE, 7, START).advanceTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    void sameSeedAndStartGiveTheSameEventsAndAnotherSeedOthers() {
        Instant until = START.plus(Duration.ofHours(3));
        List<FloorEvent> first = new FactorySimulator(LINE, 7, START).advanceTo(until);
        FactorySimulator stepwise = new FactorySimulator(LINE, 7, START);
        List<FloorEvent> second = new ArrayList<>();
        for (Instant t = START.plusSeconds(77); !t.isAfter(until); t = t.plusSeconds(77)) {
            second.addAll(stepwise.advanceTo(t));
        }
        second.addAll(stepwise.advanceTo(until));

        assertThat(second).isEqualTo(first);
        assertThat(new FactorySimulator(LINE, 8, START).advanceTo(until)).isNotEqualTo(first);
    }

    @Test
    void eventsComeInTimeOrderWithUniqueIdsInsideTheRequestedWindow() {
        assertThat(day).extracting(FloorEvent::ts).isSorted()
                .allMatch(ts -> !ts.isBefore(START) && ts.isBefore(START.plus(Duration.ofDays(1))));
        assertThat(day.stream().map(FloorEvent::id).distinct().count()).isEqualTo(day.size());
    }

    @Test
    void partsFlowAlongTheRoutesFromEntryToExitOrScrap() {
        Map<String, String> whereIs = new HashMap<>();
        Set<String> left = new HashSet<>();
        for (PartMove move : moves()) {
            assertThat(left).doesNotContain(move.part());
            assertThat(move.from()).isEqualTo(whereIs.get(move.part()));
            if (move.from() != null) {
                assertThat(LINE.route(move.from(), move.to())).isPresent();
            }
            whereIs.put(move.part(), move.to());
            if (!LINE.station(move.to()).orElseThrow().kind().holdsWip()) {
                left.add(move.part());
            }
        }
        long started = moves().stream().filter(PartMove::entersFloor).count();
        assertThat(started).isBetween(1500L, 2500L);
        assertThat(countInto("OUT")).isGreaterThan(1000);
        assertThat(countInto("SCRAP")).isPositive();
        assertThat(moves().stream().filter(m -> "RW".equals(m.from()))).isNotEmpty();
    }

    @Test
    void inspectionFailuresAndProcessErrorsRideOnTheMoveOut() {
        List<PartMove> failures = moves().stream().filter(PartMove::failed).toList();
        assertThat(failures).extracting(PartMove::from).contains("QC", "P1", "P2").doesNotContain("IN");
        assertThat(failures).filteredOn(m -> m.from().equals("QC"))
                .allMatch(m -> m.to().equals("RW") || m.to().equals("SCRAP"))
                .allMatch(m -> m.error().startsWith("E-QC-0"));
        long inspected = moves().stream().filter(m -> "QC".equals(m.from())).count();
        long failed = failures.stream().filter(m -> m.from().equals("QC")).count();
        assertThat((double) failed / inspected).isBetween(0.02, 0.07);
    }

    @Test
    void workInProgressPilesUpBeforeTheSlowestStation() {
        Map<String, Double> averageWip = averageWip(moves(), START, START.plus(Duration.ofDays(1)));
        assertThat(averageWip.get("P2")).isGreaterThan(10)
                .isGreaterThan(3 * averageWip.get("P1"))
                .isGreaterThan(3 * averageWip.get("QC"));
    }

    @Test
    void everySensorReportsEveryTenSecondsAndSometimesRunsHot() {
        Map<String, List<HeatReading>> bySensor = day.stream().filter(HeatReading.class::isInstance)
                .map(HeatReading.class::cast).collect(Collectors.groupingBy(HeatReading::sensor));
        assertThat(bySensor.keySet()).containsExactlyInAnyOrder("H-P1", "H-P2", "H-QC");
        bySensor.values().forEach(readings -> {
            assertThat(readings).hasSize(8640);
            for (int i = 1; i < readings.size(); i++) {
                assertThat(Duration.between(readings.get(i - 1).ts(), readings.get(i).ts())).hasSeconds(10);
            }
        });
        List<HeatReading> all = bySensor.values().stream().flatMap(List::stream).toList();
        long warn = all.stream().filter(r -> r.celsius() >= 60).count();
        long alarm = all.stream().filter(r -> r.celsius() >= 75).count();
        assertThat(alarm).isPositive().isLessThan(warn);
        assertThat(warn).isLessThan(all.size() / 20);
        assertThat(all).allMatch(r -> r.celsius() > 10 && r.celsius() < 90);
    }

    @Test
    void everyMachineReportsEveryMinuteBetweenIdleAndRatedPower() {
        Map<String, List<EnergySample>> byMachine = day.stream().filter(EnergySample.class::isInstance)
                .map(EnergySample.class::cast)
                .collect(Collectors.groupingBy(EnergySample::machine, LinkedHashMap::new, Collectors.toList()));
        assertThat(byMachine.keySet()).containsExactly("M-P1", "M-P2", "M-QC", "M-RW");
        byMachine.forEach((machine, samples) -> {
            double rated = LINE.machine(machine).orElseThrow().ratedKw();
            assertThat(samples).hasSize(1439).allMatch(s -> s.kw() >= 0.2 * rated - 0.01 && s.kw() <= rated + 0.01)
                    .allMatch(s -> s.kwh() >= 0 && Math.abs(s.kwh() - s.kw() / 60) < 0.001)
                    .allMatch(s -> s.ts().getEpochSecond() % 60 == 0);
        });
        double busiest = byMachine.get("M-P2").stream().mapToDouble(EnergySample::kw).average().orElseThrow();
        assertThat(busiest).isGreaterThan(0.8 * 45);
    }

    @Test
    void anyPlanWorksWithSeveralEntriesAndParallelStations() {
        FloorPlan plan = TestFloors.parallel();
        List<PartMove> moves = new FactorySimulator(plan, 3, START).advanceTo(START.plus(Duration.ofHours(12)))
                .stream().filter(PartMove.class::isInstance).map(PartMove.class::cast).toList();
        assertThat(moves).filteredOn(PartMove::entersFloor).extracting(PartMove::to).contains("A", "B");
        assertThat(moves).filteredOn(m -> "BUF".equals(m.from())).extracting(PartMove::to).contains("X1", "X2");
        assertThat(moves).filteredOn(m -> m.to().equals("DONE")).hasSizeGreaterThan(500);
    }

    private static List<PartMove> moves() {
        return day.stream().filter(PartMove.class::isInstance).map(PartMove.class::cast).toList();
    }

    private static long countInto(String station) {
        return moves().stream().filter(m -> m.to().equals(station)).count();
    }

    /** Time-weighted mean WIP per station: moves in minus moves out, as the contract defines it. */
    static Map<String, Double> averageWip(List<PartMove> moves, Instant from, Instant to) {
        Map<String, Integer> wip = new HashMap<>();
        Map<String, Double> area = new HashMap<>();
        Instant last = from;
        for (PartMove move : moves) {
            double seconds = Duration.between(last, move.ts()).toMillis() / 1000.0;
            wip.forEach((station, n) -> area.merge(station, n * seconds, Double::sum));
            last = move.ts();
            wip.merge(move.to(), 1, Integer::sum);
            if (move.from() != null) {
                wip.merge(move.from(), -1, Integer::sum);
            }
        }
        double seconds = Duration.between(last, to).toMillis() / 1000.0;
        wip.forEach((station, n) -> area.merge(station, n * seconds, Double::sum));
        double period = Duration.between(from, to).toSeconds();
        Map<String, Double> average = new HashMap<>();
        area.forEach((station, a) -> average.put(station, a / period));
        return average;
    }
}
