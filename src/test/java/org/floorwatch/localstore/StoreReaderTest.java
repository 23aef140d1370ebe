package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.localstore.StoreFixtures.T0;
import static org.floorwatch.localstore.StoreFixtures.batch;
import static org.floorwatch.localstore.StoreFixtures.energy;
import static org.floorwatch.localstore.StoreFixtures.heat;
import static org.floorwatch.localstore.StoreFixtures.move;
import static org.floorwatch.localstore.StoreFixtures.quarantined;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreReaderTest {

    @TempDir
    Path dataDir;

    private FloorStore store;

    @BeforeEach
    void open() {
        store = FloorStore.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyStoreHasNothing() {
        StoreReader reader = store.reader();

        assertThat(reader.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0));
        assertThat(reader.latestEventTime()).isEmpty();
        assertThat(reader.wipByStation()).isEmpty();
        assertThat(reader.latestHeatBySensor()).isEmpty();
        assertThat(reader.allEvents()).isEmpty();
    }

    @Test
    void wipIsMovesInMinusMovesOutOverAllHistory() {
        store.writer().write(batch(move("1", null, "IN"), move("2", null, "IN"), move("3", "IN", "LITHO"),
                move("4", "LITHO", "OUT"), move("5", null, "IN")));
        store.writer().write(batch(move("6", "IN", "LITHO")));

        assertThat(store.reader().wipByStation()).isEqualTo(Map.of("IN", 1L, "LITHO", 1L, "OUT", 1L));
    }

    @Test
    void movesBetweenIsHalfOpenAndOrderedByTimeThenReceiveOrder() {
        Instant from = T0;
        Instant to = T0.plusSeconds(60);
        PartMove lateButEarlier = move("z", from.plusSeconds(10), null, "IN");
        PartMove atStart = move("b", from, null, "IN");
        PartMove sameTimeReceivedLater = move("a", from, "IN", "LITHO");
        store.writer().write(batch(move("before", from.minusNanos(1000), null, "IN"), atStart, move("end", to, null, "IN")));
        store.writer().write(batch(lateButEarlier, sameTimeReceivedLater));

        assertThat(store.reader().movesBetween(from, to)).containsExactly(atStart, sameTimeReceivedLater, lateButEarlier);
    }

    @Test
    void latestHeatIsByTimeAndOfTwoAtTheSameTimeTheOneReceivedLast() {
        HeatReading newest = heat("h2", T0.plusSeconds(5), "HS-1", 61);
        HeatReading tieReceivedLast = heat("h4", T0, "HS-2", 22);
        store.writer().write(batch(heat("h1", T0, "HS-1", 50), newest, heat("h3", T0, "HS-2", 21)));
        store.writer().write(batch(tieReceivedLast, heat("h5", T0.minusSeconds(600), "HS-1", 99)));

        assertThat(store.reader().latestHeatBySensor()).isEqualTo(Map.of("HS-1", newest, "HS-2", tieReceivedLast));
    }

    @Test
    void latestEventTimeSpansEveryKind() {
        Instant latest = T0.plusSeconds(3600);
        store.writer().write(batch(move("m", T0, null, "IN"), energy("e", latest, "M-1", 2), heat("h", T0, "HS", 1)));

        assertThat(store.reader().latestEventTime()).contains(latest);
    }

    @Test
    void quarantineListsTheNewestFirstUpToTheLimit() {
        QuarantinedRecord oldest = quarantined("k1", "not JSON", T0);
        QuarantinedRecord middle = quarantined("k2", "unknown station X", T0.plusSeconds(1));
        QuarantinedRecord newest = quarantined("k3", "negative kwh", T0.plusSeconds(2));
        store.writer().write(new IngestBatch(List.of(), List.of(middle, newest), List.of()));
        store.writer().write(new IngestBatch(List.of(), List.of(oldest), List.of()));

        assertThat(store.reader().quarantined(2)).containsExactly(newest, middle);
        assertThat(store.reader().counts().quarantined()).isEqualTo(3);
    }

    @Test
    void allEventsComeByKindThenId() {
        store.writer().write(batch(energy("e1", T0, "M-1", 1), heat("h2", T0, "HS", 1), move("m2", null, "IN"),
                heat("h1", T0, "HS", 1), move("m1", null, "IN")));

        assertThat(store.reader().allEvents()).extracting(FloorEvent::id).containsExactly("m1", "m2", "h1", "h2", "e1");
    }

    @Test
    void instantsComeBackToTheMicrosecondWhateverTheirEra() {
        List<FloorEvent> events = List.of(
                new PartMove("1", Instant.parse("2026-03-29T00:59:59.999999Z"), "P", "T", "A", "B", "E1"),
                new PartMove("2", Instant.parse("1969-12-31T23:59:59.000001Z"), "P", "T", null, "B", null),
                energy("3", Instant.parse("2026-10-25T01:30:00.123456Z"), "M-1", 0.25),
                heat("4", Instant.parse("2099-01-01T00:00:00Z"), "HS", -12.5));
        store.writer().write(IngestBatch.of(events));

        assertThat(store.reader().allEvents()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void nanosecondsBelowAMicrosecondAreDropped() {
        store.writer().write(batch(move("1", Instant.parse("2026-11-02T06:15:00.123456789Z"), null, "IN")));

        assertThat(store.reader().latestEventTime()).contains(Instant.parse("2026-11-02T06:15:00.123456Z"));
    }
}
