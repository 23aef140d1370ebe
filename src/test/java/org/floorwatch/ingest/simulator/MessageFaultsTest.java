package org.floorwatch.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessageFaultsTest {

    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    private static final FloorPlan LINE = TestFloors.line();
    private static final Topics TOPICS = new Topics("t.moves", "t.heat", "t.energy");
    private static final int COUNT = 40_000;
    private static List<Outgoing> faulty;

    @BeforeAll
    static void sendWithFaults() {
        faulty = take(new MessageStream(LINE, 11, START, TOPICS, true), COUNT);
    }

    @Test
    void aStrictConsumerAgreesWithEveryVerdictAndEndsWithTheLedgersCounts() {
        ContractReader reader = new ContractReader(LINE, TOPICS);
        SimulationLedger ledger = new SimulationLedger();
        Map<Outgoing.Verdict, Long> consumed = new EnumMap<>(Outgoing.Verdict.class);
        for (Outgoing outgoing : faulty) {
            ledger.record(outgoing);
            ContractReader.Reading reading = reader.read(outgoing.message());
            assertThat(reading.verdict()).as(outgoing.message().value()).isEqualTo(outgoing.verdict());
            assertThat(reading.reason()).as(outgoing.message().value()).isEqualTo(outgoing.quarantineCase());
            if (outgoing.verdict() == Outgoing.Verdict.NEW) {
                assertThat(reading.event()).isEqualTo(outgoing.event());
                assertThat(outgoing.message().key()).isEqualTo(MessageEncoder.key(outgoing.event()));
            }
            consumed.merge(reading.verdict(), 1L, Long::sum);
        }
        assertThat(consumed.get(Outgoing.Verdict.NEW)).isEqualTo(ledger.newEvents());
        assertThat(consumed.get(Outgoing.Verdict.DUPLICATE)).isEqualTo(ledger.duplicates());
        assertThat(consumed.get(Outgoing.Verdict.QUARANTINED)).isEqualTo(ledger.quarantined());
        assertThat(ledger.sent()).isEqualTo(COUNT);
        assertThat(ledger.newEvents()).isEqualTo(ledger.newEvents(MessageKind.MOVE) + ledger.newEvents(MessageKind.HEAT)
                + ledger.newEvents(MessageKind.ENERGY));
    }

    @Test
    void everyQuarantineCaseIsSentUnderAFreshId() {
        SimulationLedger ledger = new SimulationLedger();
        faulty.forEach(ledger::record);
        assertThat(ledger.quarantinedByCase()).containsOnlyKeys(QuarantineCase.values())
                .allSatisfy((reason, count) -> assertThat(count).isGreaterThan(10));
        assertThat(ledger.quarantined()).isBetween(COUNT / 200L, COUNT / 50L);
        assertThat(faulty).filteredOn(o -> o.verdict() == Outgoing.Verdict.QUARANTINED)
                .allMatch(o -> !o.message().value().contains("\"id\":\"mv-")
                        && !o.message().value().contains("\"id\":\"ht-")
                        && !o.message().value().contains("\"id\":\"en-"));
    }

    @Test
    void duplicatesComeIdenticalOrChangedRightAwayOrHoursLater() {
        Map<String, String> firstValue = new HashMap<>();
        List<Outgoing> duplicates = new ArrayList<>();
        for (Outgoing outgoing : faulty) {
            if (outgoing.verdict() == Outgoing.Verdict.NEW) {
                firstValue.put(outgoing.event().id(), outgoing.message().value());
            } else if (outgoing.verdict() == Outgoing.Verdict.DUPLICATE) {
                duplicates.add(outgoing);
            }
        }
        assertThat(duplicates).hasSizeBetween(COUNT / 100, COUNT / 25)
                .allMatch(d -> firstValue.containsKey(d.event().id()));
        assertThat(duplicates).anyMatch(d -> d.message().value().equals(firstValue.get(d.event().id())))
                .anyMatch(d -> !d.message().value().equals(firstValue.get(d.event().id())))
                .anyMatch(d -> lateness(d).isZero())
                .anyMatch(d -> lateness(d).compareTo(Duration.ofHours(1)) > 0);
    }

    @Test
    void someEventsArriveLateOrSwappedYetEveryGoodEventIsTheModelsOwn() {
        List<Outgoing> clean = take(new MessageStream(LINE, 11, START, TOPICS, false), COUNT + 5_000);
        Map<String, Integer> modelOrder = new HashMap<>();
        Map<String, FloorEvent> modelEvents = new HashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            modelOrder.put(clean.get(i).event().id(), i);
            modelEvents.put(clean.get(i).event().id(), clean.get(i).event());
        }
        List<Outgoing> fresh = faulty.stream().filter(o -> o.verdict() == Outgoing.Verdict.NEW).toList();
        assertThat(fresh).allMatch(o -> o.event().equals(modelEvents.get(o.event().id())));
        long late = fresh.stream().filter(o -> lateness(o).compareTo(Duration.ofMinutes(1)) >= 0).count();
        int swapped = 0;
        for (int i = 1; i < fresh.size(); i++) {
            int position = modelOrder.get(fresh.get(i).event().id());
            boolean outOfOrder = position < modelOrder.get(fresh.get(i - 1).event().id());
            if (outOfOrder && lateness(fresh.get(i)).isZero()) {
                swapped++;
            }
        }
        assertThat(late).isBetween(COUNT / 200L, COUNT / 50L);
        assertThat(swapped).isBetween(COUNT / 200, COUNT / 25);
    }

    @Test
    void theSameSeedSendsTheSameMessagesAndAnotherSeedOthers() {
        List<SimulatedMessage> again = take(new MessageStream(LINE, 11, START, TOPICS, true), 10_000).stream()
                .map(Outgoing::message).toList();
        assertThat(again).isEqualTo(faulty.subList(0, 10_000).stream().map(Outgoing::message).toList());
        assertThat(take(new MessageStream(LINE, 12, START, TOPICS, true), 10_000).stream().map(Outgoing::message)
                .toList()).isNotEqualTo(again);
        assertThat(take(new MessageStream(LINE, 11, START.plusSeconds(1), TOPICS, true), 100).stream()
                .map(o -> o.message().value()).toList())
                .noneMatch(value -> faulty.stream().anyMatch(o -> o.message().value().equals(value)));
    }

    private static Duration lateness(Outgoing outgoing) {
        return Duration.between(outgoing.event().ts(), outgoing.sendAt());
    }

    static List<Outgoing> take(MessageStream stream, int count) {
        List<Outgoing> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(stream.next());
        }
        return messages;
    }
}
