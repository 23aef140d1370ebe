package org.floorwatch.app.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.views.map.FloorMapView;

/**
 * Watches the floor screen pulse by pulse: the screen draws a new snapshot as soon as it sees it (between pulses),
 * and this timer notes, at the pulse that puts it on screen, each snapshot the map shows for the first time, with
 * the wall time of that pulse (epoch microseconds).
 */
final class ShownSnapshots extends AnimationTimer {

    private final FloorMapView map;
    private final CountDownLatch firstShown = new CountDownLatch(1);
    private final List<FloorSnapshot> snapshots = new ArrayList<>();
    private final List<Long> shownMicros = new ArrayList<>();
    private FloorSnapshot last = FloorSnapshot.EMPTY;
    private volatile long firstShownNanos;
    private volatile long pulses;

    ShownSnapshots(FloorMapView map) {
        this.map = map;
    }

    @Override
    public void handle(long now) {
        pulses++;
        FloorSnapshot latest = map.snapshot();
        if (latest == last || latest.asOf().equals(Instant.EPOCH) || map.frameStats().count() == 0) {
            return;
        }
        if (firstShownNanos == 0) {
            firstShownNanos = System.nanoTime();
            firstShown.countDown();
        }
        last = latest;
        snapshots.add(latest);
        shownMicros.add(micros(Instant.now()));
    }

    /** Waits for the first frame that shows a snapshot with events in it; its {@link System#nanoTime}. */
    long awaitFirstShown(long seconds) throws InterruptedException {
        if (!firstShown.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the floor screen showed no live snapshot in " + seconds + " s ("
                    + pulses + " pulses, " + map.frameStats().count() + " frames drawn, the map's snapshot as of "
                    + map.snapshot().asOf() + ")");
        }
        return firstShownNanos;
    }

    /**
     * For each move sent (ascending times, one partition, so the store holds them in that order), the wall time of
     * the first frame whose snapshot holds it, minus the move's time, in milliseconds; -1 for a move no frame
     * showed. A snapshot holds every move up to its time ({@code asOf}); of the moves at exactly its time (times
     * have milliseconds), those whose part it shows departed at that time. Call on the JavaFX thread.
     */
    double[] latenciesMillis(Instant[] sentAt, String[] parts, int moves) {
        double[] latencies = new double[moves];
        int frame = 0;
        for (int i = 0; i < moves; i++) {
            while (frame < snapshots.size() && snapshots.get(frame).asOf().isBefore(sentAt[i])) {
                frame++;
            }
            int showing = frame;
            while (showing < snapshots.size() && snapshots.get(showing).asOf().equals(sentAt[i])
                    && !departed(snapshots.get(showing), parts[i], sentAt[i])) {
                showing++;
            }
            latencies[i] = showing < snapshots.size()
                    ? (shownMicros.get(showing) - micros(sentAt[i])) / 1e3 : -1;
        }
        return latencies;
    }

    private static boolean departed(FloorSnapshot snapshot, String part, Instant at) {
        return snapshot.inTransit().stream().anyMatch(p -> p.part().equals(part) && !p.departed().isBefore(at));
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
