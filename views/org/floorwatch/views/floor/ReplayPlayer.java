package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.read.FloorPast;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.TaskRunner;

/**
 * Plays the floor's history off the JavaFX thread, on a task runner of its own: a seek rebuilds the floor at an
 * instant; playing carries it forward through the stored events at a speed (floor seconds per wall second) in
 * steps of {@value #STEP_MS} ms, each step's snapshot put in a mailbox the frame timer reads. Seeks asked faster
 * than they are done (a scrubber being dragged) collapse into the latest. A step never takes in more than a quarter
 * second's worth of floor time: when the store cannot keep up, playing slows down rather than jumping, and
 * {@link #achievedSpeed} says how fast it really goes (smoothed over the last second or so).
 */
final class ReplayPlayer implements AutoCloseable {

    static final long STEP_MS = 100;
    private static final double MOST_BEHIND_S = 0.25;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final double READ_AHEAD_S = 2;

    private final FloorPast past;
    private final TaskRunner runner = new TaskRunner("floor-replay");
    private final AtomicReference<FloorFrame> mailbox = new AtomicReference<>(new FloorFrame(FloorSnapshot.EMPTY, 0));
    private final AtomicReference<Instant> wanted = new AtomicReference<>();
    private volatile double achieved;
    private BackgroundTask<Void> playing;

    /** @param past used only on this player's thread, closed with it */
    ReplayPlayer(FloorPast past) {
        this.past = past;
    }

    /** The latest snapshot sought or played, its era counting the seeks; any thread. */
    FloorFrame latest() {
        return mailbox.get();
    }

    /**
     * Rebuilds the floor at {@code at} (the latest of the seeks asked before it runs) in a new era, then, if
     * {@code speed} is above 0, plays on from there.
     */
    void seek(Instant at, double speed, Instant end, Runnable reachedEnd) {
        stop();
        wanted.set(at);
        runner.run(BackgroundTask.of(() -> {
            Instant target = wanted.getAndSet(null);
            if (target == null) {
                return null;
            }
            mailbox.set(new FloorFrame(past.seek(target), mailbox.get().era() + 1));
            return null;
        }));
        if (speed > 0) {
            play(speed, end, reachedEnd);
        }
    }

    /** Plays from where the floor is at {@code speed} until {@link #stop}, or until {@code end}, then calls reachedEnd. */
    void play(double speed, Instant end, Runnable reachedEnd) {
        stop();
        achieved = speed;
        playing = runner.run(BackgroundTask.<Void>watching(control -> {
            Instant position = past.position();
            Duration readAhead = readAhead(speed);
            long last = System.nanoTime();
            while (position != null && position.isBefore(end)) {
                if (control.cancelled()) {
                    throw new CancellationException();
                }
                long now = System.nanoTime();
                double wallS = Math.max(1e-3, (now - last) / 1e9);
                last = now;
                Instant target = earliest(position.plusNanos((long) (wallS * speed * 1e9)),
                        position.plusNanos((long) (MOST_BEHIND_S * speed * 1e9)), end);
                mailbox.set(new FloorFrame(past.advance(target, readAhead), mailbox.get().era()));
                achieved = 0.8 * achieved + 0.2 * Duration.between(position, target).toNanos() / 1e9 / wallS;
                position = target;
                Thread.sleep(Math.max(1, STEP_MS - (System.nanoTime() - now) / 1_000_000));
            }
            return null;
        }).onSuccess(done -> reachedEnd.run()));
    }

    /** Stops playing; the floor stays where it got to. */
    void stop() {
        if (playing != null) {
            playing.cancel();
            playing = null;
        }
    }

    /** Floor seconds per wall second over the current stretch of playing (the asked speed until it lags). */
    double achievedSpeed() {
        return achieved;
    }

    /** Stops, lets a seek under way finish (a few seconds at most) and closes the store connection. */
    @Override
    public void close() {
        stop();
        try {
            if (runner.close(CLOSE_WAIT)) {
                past.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How far ahead to read the store when it must be read: two seconds of playing, at least ten of floor time. */
    static Duration readAhead(double speed) {
        return Duration.ofMillis(Math.max(10_000, Math.round(READ_AHEAD_S * 1000 * speed)));
    }

    private static Instant earliest(Instant a, Instant b, Instant c) {
        Instant first = a.isBefore(b) ? a : b;
        return first.isBefore(c) ? first : c;
    }
}
