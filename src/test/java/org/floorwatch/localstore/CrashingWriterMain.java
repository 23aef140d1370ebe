package org.floorwatch.localstore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * Child process for the crash test: writes batch n (moves {@code b-n-0..999} and offset n of topic "t") in a
 * loop, saying "committed n" after each, until it is killed.
 */
public final class CrashingWriterMain {

    static final int BATCH_SIZE = 1000;

    private CrashingWriterMain() {
    }

    public static void main(String[] args) {
        FloorStore store = FloorStore.open(Path.of(args[0]));
        for (long n = 0; ; n++) {
            List<FloorEvent> events = new ArrayList<>(StoreFixtures.moves("b-" + n, BATCH_SIZE));
            store.writer().write(new IngestBatch(events, List.of(), List.of(new KafkaOffset("t", 0, n))));
            System.out.println("committed " + n);
            System.out.flush();
        }
    }
}
