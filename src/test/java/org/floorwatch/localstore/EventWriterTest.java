package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorwatch.localstore.StoreFixtures.T0;
import static org.floorwatch.localstore.StoreFixtures.batch;
import static org.floorwatch.localstore.StoreFixtures.energy;
import static org.floorwatch.localstore.StoreFixtures.heat;
import static org.floorwatch.localstore.StoreFixtures.move;
import static org.floorwatch.localstore.StoreFixtures.moves;
import static org.floorwatch.localstore.StoreFixtures.quarantined;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventWriterTest {

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
    void anEventAlreadyStoredIsSkippedAndCountedAsDuplicate() {
        PartMove first = move("m1", null, "ST-1");
        store.writer().write(batch(first, move("m2", "ST-1", "ST-2")));

        PartMove laterCopy = move("m1", T0.plusSeconds(3600), null, "ST-9");
        CommitResult result = store.writer().write(batch(laterCopy, move("m3", "ST-2", "ST-3")));

        assertThat(result.committed()).extracting(FloorEvent::id).containsExactly("m3");
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(store.reader().allEvents()).contains(first).doesNotContain(laterCopy).hasSize(3);
    }

    @Test
    void aRemovedCommitListenerHearsNothingMore() {
        List<Integer> heard = new ArrayList<>();
        Consumer<CommitResult> listener = result -> heard.add(result.newEvents());
        store.writer().addCommitListener(listener);
        store.writer().write(batch(move("r1", null, "ST-1")));

        store.writer().removeCommitListener(listener);
        store.writer().write(batch(move("r2", null, "ST-1")));

        assertThat(heard).containsExactly(1);
    }

    @Test
    void withinABatchTheFirstReceivedCopyIsKeptEvenIfALaterOneDiffers() {
        PartMove first = move("m1", null, "ST-1");
        PartMove laterCopy = move("m1", T0.plusSeconds(60), "ST-1", "ST-2");

        CommitResult result = store.writer().write(batch(move("m0", null, "ST-1"), first, laterCopy,
                heat("m1", T0, "HS-1", 40.5)));

        assertThat(result.committed()).extracting(FloorEvent::id).containsExactly("m0", "m1", "m1");
        assertThat(result.committed().get(1)).isEqualTo(first);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(store.reader().counts()).isEqualTo(new StoreCounts(2, 1, 0, 0));
    }

    @Test
    void committedEventsComeInReceivedOrderAcrossKinds() {
        List<FloorEvent> events = List.of(energy("e1", T0, "M-1", 1.5), move("m1", null, "ST-1"),
                heat("h1", T0, "HS-1", 20), move("m0", "ST-1", "ST-2"), energy("e0", T0, "M-1", 0.5));

        CommitResult result = store.writer().write(IngestBatch.of(events));

        assertThat(result.committed()).containsExactlyElementsOf(events);
        assertThat(result.duplicates()).isZero();
    }

    @Test
    void quarantineIsIdempotentOnSourceKey() {
        QuarantinedRecord record = quarantined("kafka:floor.moves:0:7", "not JSON", T0);
        IngestBatch twice = new IngestBatch(List.of(), List.of(record, record), List.of());

        assertThat(store.writer().write(twice).quarantined()).isEqualTo(1);
        assertThat(store.writer().write(twice).quarantined()).isZero();
        assertThat(store.reader().quarantined(10)).containsExactly(record);
    }

    @Test
    void offsetsAreStoredWithTheEventsAndTheLastOneWins() {
        store.writer().write(new IngestBatch(moves("a", 3), List.of(), List.of(new KafkaOffset("floor.moves", 0, 3))));
        store.writer().write(new IngestBatch(List.of(), List.of(),
                List.of(new KafkaOffset("floor.moves", 0, 9), new KafkaOffset("floor.heat", 2, 4))));

        assertThat(store.reader().kafkaOffsets()).containsExactly(
                new KafkaOffset("floor.heat", 2, 4), new KafkaOffset("floor.moves", 0, 9));
    }

    @Test
    void aBatchFailingAtItsLastStepLeavesNothingBehind() {
        store.writer().write(new IngestBatch(moves("kept", 2), List.of(), List.of(new KafkaOffset("t", 0, 2))));
        List<FloorEvent> events = new ArrayList<>(moves("lost", 500));
        events.add(heat("h1", T0, "HS-1", 30));
        KafkaOffset noTopic = new KafkaOffset(null, 0, 500);
        IngestBatch failing = new IngestBatch(events, List.of(quarantined("q1", "bad", T0)),
                List.of(new KafkaOffset("t", 0, 500), noTopic));

        assertThatThrownBy(() -> store.writer().write(failing))
                .isInstanceOf(StoreException.class).hasMessageContaining("nothing of it was stored");

        assertThat(store.reader().counts()).isEqualTo(new StoreCounts(2, 0, 0, 0));
        assertThat(store.reader().kafkaOffsets()).containsExactly(new KafkaOffset("t", 0, 2));
        CommitResult retried = store.writer().write(new IngestBatch(events, List.of(quarantined("q1", "bad", T0)),
                List.of(new KafkaOffset("t", 0, 500))));
        assertThat(retried).isEqualTo(new CommitResult(events, 0, 1));
        assertThat(store.reader().kafkaOffsets()).containsExactly(new KafkaOffset("t", 0, 500));
    }

    @Test
    void aBatchFailingMidwayLeavesNothingBehindAndTheWriterGoesOn() {
        List<FloorEvent> events = new ArrayList<>(moves("lost", 100));
        events.add(energy("e-far", Instant.MAX, "M-1", 1));
        CompletableFuture<CommitResult> failed = store.writer().submit(
                new IngestBatch(events, List.of(), List.of(new KafkaOffset("t", 0, 100))));
        CommitResult next = store.writer().write(batch(move("m1", null, "ST-1")));

        assertThat(failed).isCompletedExceptionally();
        assertThat(next.committed()).hasSize(1);
        assertThat(store.reader().counts()).isEqualTo(new StoreCounts(1, 0, 0, 0));
        assertThat(store.reader().kafkaOffsets()).isEmpty();
    }

    @Test
    void listenersHearOnlyWhatWasCommittedOnTheWriterThread() {
        List<CommitResult> heard = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        store.writer().addCommitListener(result -> {
            heard.add(result);
            threads.add(Thread.currentThread().getName());
        });

        store.writer().write(batch(move("m1", null, "ST-1")));
        store.writer().submit(batch(move("m1", null, "ST-1"), energy("e1", Instant.MAX, "M-1", 1)));
        store.writer().write(IngestBatch.of(List.of()));
        CommitResult last = store.writer().write(batch(move("m1", null, "ST-1"), move("m2", "ST-1", "ST-2")));

        assertThat(heard).hasSize(2).last().isEqualTo(last);
        assertThat(heard.get(0).committed()).extracting(FloorEvent::id).containsExactly("m1");
        assertThat(last.committed()).extracting(FloorEvent::id).containsExactly("m2");
        assertThat(threads).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void closeCommitsWhatWasSubmittedThenRefusesMore() {
        List<CompletableFuture<CommitResult>> futures = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            futures.add(store.writer().submit(IngestBatch.of(moves("b" + n, 100))));
        }
        EventWriter writer = store.writer();
        store.close();

        assertThat(futures).allSatisfy(f -> assertThat(f).isCompleted().isNotCompletedExceptionally());
        assertThat(writer.submit(batch(move("late", null, "ST-1")))).isCompletedExceptionally();
        store = FloorStore.open(dataDir);
        assertThat(store.reader().counts().moves()).isEqualTo(2000);
    }
}
