package org.floorwatch.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Machines that break down: stopped, they process nothing and draw idle power, and their work order says so. */
class MachineStoppagesTest {

    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(10));
    private static final FloorPlan LINE = TestFloors.line();
    /** No part enters while this many are on the floor; a station holding nearly all of them cannot gain more. */
    private static final int FLOOR_CAP = SimulationSettings.defaults().maxFloorWip();
    private static List<FloorEvent> events;
    private static List<WorkOrder> opened;
    private static List<WorkOrder> orders;

    @BeforeAll
    static void runTenDaysWithManyBreakdowns() {
        SimulationSettings usual = SimulationSettings.defaults();
        SimulationSettings troubled = new SimulationSettings(usual.partsPerDay(), usual.productTypes(),
                usual.inspectionFailRate(), usual.failureScrapShare(), usual.reworkScrapRate(),
                usual.processErrorRate(), usual.disruptionsPerDay(), 4, usual.travelSpeedMps(), usual.maxFloorWip());
        FactorySimulator floor = new FactorySimulator(LINE, 5, START, troubled);
        events = floor.advanceTo(END);
        opened = floor.workOrders();
        orders = opened.stream().filter(order -> order.resolved().isBefore(END)).toList();
    }

    @Test
    void aStoppedMachineProcessesNothingWhileItsQueueGrows() {
        assertThat(orders).hasSizeGreaterThan(25);
        int longOnes = 0;
        int grew = 0;
        for (WorkOrder order : orders) {
            String station = stationOf(order);
            assertThat(moves().stream().filter(m -> station.equals(m.from()) && within(m.ts(), order)))
                    .as("moves out of %s while %s was open", station, order.id()).isEmpty();
            if (!station.equals("RW") && Duration.between(order.reported(), order.resolved()).toMinutes() >= 30) {
                longOnes++;
                long before = wipAt(station, order.reported());
                grew += wipAt(station, order.resolved()) > Math.min(before + 5, FLOOR_CAP - 6) ? 1 : 0;
            }
        }
        // a queue stays put only while the station upstream is down too
        assertThat(longOnes).isGreaterThan(10);
        assertThat(grew).as("long stoppages whose queue grew by 5 or more").isGreaterThan(longOnes * 3 / 4);
    }

    @Test
    void aStoppedMachineDrawsIdlePowerAndRunsAgainWhenItsOrderIsResolved() {
        for (WorkOrder order : orders) {
            double idleKw = Math.round(LINE.machine(order.machine()).orElseThrow().ratedKw() * 0.2 * 100) / 100.0;
            List<EnergySample> stopped = events.stream().filter(EnergySample.class::isInstance)
                    .map(EnergySample.class::cast).filter(s -> s.machine().equals(order.machine()))
                    .filter(s -> s.ts().isAfter(order.reported().plusSeconds(60)) && !s.ts().isAfter(order.resolved()))
                    .toList();
            assertThat(stopped).isNotEmpty().allMatch(s -> s.kw() == idleKw);
            String station = stationOf(order);
            if (wipAt(station, order.resolved()) > 0) {
                PartMove next = moves().stream().filter(m -> station.equals(m.from()))
                        .filter(m -> !m.ts().isBefore(order.resolved())).findFirst().orElseThrow();
                assertThat(Duration.between(order.resolved(), next.ts())).as(order.id()).isLessThan(Duration.ofMinutes(12));
            }
        }
    }

    @Test
    void aSensorFaultSilencesTheStationsSensorsUntilResolvedAndOtherStoppagesDoNot() {
        List<WorkOrder> sensed = orders.stream().filter(order -> !stationOf(order).equals("RW")).toList();
        assertThat(sensed).filteredOn(order -> order.fault().equals("Sensor fault")).isNotEmpty();
        for (WorkOrder order : sensed) {
            String sensor = "H-" + stationOf(order);
            List<HeatReading> during = events.stream().filter(HeatReading.class::isInstance).map(HeatReading.class::cast)
                    .filter(r -> r.sensor().equals(sensor) && r.ts().isAfter(order.reported())
                            && r.ts().isBefore(order.resolved())).toList();
            long expected = Duration.between(order.reported(), order.resolved()).toSeconds() / 10 - 1;
            assertThat(during).as(order.id() + " " + order.fault())
                    .hasSize(order.fault().equals("Sensor fault") ? 0 : (int) expected);
        }
    }

    @Test
    void stoppagesStartAndEndOnTheMinuteAndLastMinutesToHours() {
        for (int i = 0; i < opened.size(); i++) {
            WorkOrder order = opened.get(i);
            assertThat(order.id()).isEqualTo("WO-" + (10001 + i));
            assertThat(order.reported().getEpochSecond() % 60).isZero();
            assertThat(order.resolved().getEpochSecond() % 60).isZero();
            assertThat(Duration.between(order.reported(), order.started())).isBetween(Duration.ofMinutes(5),
                    Duration.ofMinutes(20));
            assertThat(Duration.between(order.started(), order.resolved())).isBetween(Duration.ofMinutes(10),
                    Duration.ofHours(6));
            assertThat(opened.subList(0, i)).filteredOn(o -> o.machine().equals(order.machine()))
                    .allMatch(o -> !o.resolved().isAfter(order.reported()));
        }
    }

    @Test
    void aHandfulOfStoppagesAWeekOnTheUsualFloor() {
        FactorySimulator floor = new FactorySimulator(LINE, 7, START);
        floor.advanceTo(START.plus(Duration.ofDays(14)));
        assertThat(floor.workOrders()).hasSizeBetween(6, 20);
    }

    @Test
    void anOrderIsLoggedAsItStandsAtAnInstant() {
        WorkOrder order = orders.get(0);
        assertThat(order.asAt(order.reported())).extracting(WorkOrder::started, WorkOrder::resolved)
                .containsExactly(null, null);
        assertThat(order.asAt(order.started()).started()).isEqualTo(order.started());
        assertThat(order.asAt(order.resolved().minusMillis(1)).resolved()).isNull();
        assertThat(order.asAt(order.resolved())).isEqualTo(order);
        assertThat(order.changes()).containsExactly(order.reported(), order.started(), order.resolved());
    }

    private static String stationOf(WorkOrder order) {
        return LINE.machine(order.machine()).orElseThrow().station();
    }

    private static boolean within(Instant ts, WorkOrder order) {
        return !ts.isBefore(order.reported()) && ts.isBefore(order.resolved());
    }

    private static long wipAt(String station, Instant at) {
        return moves().stream().filter(m -> m.ts().isBefore(at))
                .mapToLong(m -> (station.equals(m.to()) ? 1 : 0) - (station.equals(m.from()) ? 1 : 0)).sum();
    }

    private static List<PartMove> moves() {
        return events.stream().filter(PartMove.class::isInstance).map(PartMove.class::cast).toList();
    }
}
