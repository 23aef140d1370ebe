package org.floorwatch.app.drill;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Where the kill drill's kills land: spread over the whole stream, one in each of as many equal slices of it as
 * there are kills, at a random point in the middle of its slice, so each life of {@code consume} reads a random share
 * of the stream. Most lives read in batches of a random part of their share and are killed once they stored their
 * target, at a random moment of a commit's cycle; a third read at full speed (batches as large as the client makes
 * them) and are killed at a random moment of the time their share takes, so the kill lands in a large commit as
 * often as not. The same seed gives the same plan.
 */
final class KillPlan {

    /** The Kafka client's own records per poll: a life at full speed stores batches this large. */
    static final int FULL_SPEED = 20_000;

    private final Random random;
    private final long messages;
    private final int kills;

    KillPlan(long seed, long messages, int kills) {
        this.random = new Random(seed);
        this.messages = messages;
        this.kills = kills;
    }

    /**
     * How many stored messages kill {@code kill} (from 1) waits for: a random point between 20% and 80% of the
     * kill's slice of the stream, or just past {@code stored} when an earlier life read beyond it.
     */
    long target(int kill, long stored) {
        double slice = (double) messages / kills;
        long target = (long) ((kill - 1) * slice + slice * (0.2 + 0.6 * random.nextDouble()));
        return Math.max(target, Math.min(messages, stored + 1));
    }

    /**
     * Records per batch for a life that is to read {@code share} messages: for a third of lives the client's own
     * (empty), else a random 10% to 50% of the share, so that life commits a few batches before its kill.
     */
    OptionalInt batchSize(long share) {
        if (random.nextInt(3) == 0) {
            return OptionalInt.empty();
        }
        long size = Math.round(share * (0.1 + 0.4 * random.nextDouble()));
        return OptionalInt.of((int) Math.max(50, Math.min(FULL_SPEED, size)));
    }

    /**
     * For a life at full speed: how long after it has its partitions the kill comes, a random moment of four times the
     * time its share is expected to take ({@code expected}, as measured in a warm process: a new one is slower), at most
     * 20 s.
     */
    long fullSpeedDelayMillis(Duration expected) {
        return random.nextLong(Math.max(1, Math.min(expected.multipliedBy(4).toMillis(), 20_000)));
    }

    /**
     * How long after the target was reached the kill comes: a random part of the time the last commit cycle took,
     * so a kill lands anywhere in it (during a commit, between two, while reading).
     */
    long delayMillis(long lastCycleMillis) {
        return random.nextLong(Math.max(1, Math.min(lastCycleMillis, 2_000)));
    }
}
