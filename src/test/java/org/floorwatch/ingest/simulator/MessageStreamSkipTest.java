package org.floorwatch.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.message.Topics;
import org.junit.jupiter.api.Test;

/** A stream run on to an instant carries on exactly as the stream that sent everything before it. */
class MessageStreamSkipTest {

    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    private static final FloorPlan LINE = TestFloors.line();

    @Test
    void aSkippedStreamSendsFromThenOnWhatTheWholeStreamSends() {
        Instant resume = START.plus(Duration.ofHours(53)).plusMillis(4321);
        MessageStream whole = new MessageStream(LINE, 3, START, Topics.DEFAULT, true);
        List<WorkOrder> wholeOrders = new ArrayList<>();
        Outgoing first = whole.next();
        while (first.sendAt().isBefore(resume)) {
            first = whole.next();
        }
        MessageStream skipped = new MessageStream(LINE, 3, START, Topics.DEFAULT, true);
        skipped.skipTo(resume);

        List<Outgoing> expected = new ArrayList<>(List.of(first));
        List<Outgoing> actual = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            expected.add(whole.next());
            actual.add(skipped.next());
        }
        actual.add(skipped.next());
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).allMatch(outgoing -> outgoing.message().value() != null);
        assertThat(actual).filteredOn(o -> o.event() != null && o.event().ts().isBefore(resume))
                .as("late events and copies held back over the instant").isNotEmpty();
        wholeOrders.addAll(whole.workOrders());
        assertThat(skipped.workOrders()).isEqualTo(wholeOrders).isNotEmpty();
    }
}
