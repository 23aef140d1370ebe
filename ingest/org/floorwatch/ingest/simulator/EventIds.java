package org.floorwatch.ingest.simulator;

import java.time.Instant;

/**
 * Hands out the ids of one simulation run. Ids carry the seed and the start instant, so two runs
 * with the same seed but different starts never collide, and the same run always gives the same ids.
 */
final class EventIds {

    private final String run;
    private long moves;
    private long readings;
    private long samples;
    private long parts;

    EventIds(long seed, Instant start) {
        this.run = Long.toUnsignedString(seed, 36) + "." + Long.toString(start.getEpochSecond(), 36);
    }

    String move() {
        return "mv-" + run + "-" + ++moves;
    }

    String reading() {
        return "ht-" + run + "-" + ++readings;
    }

    String sample() {
        return "en-" + run + "-" + ++samples;
    }

    String part() {
        return "P-" + run + "-" + ++parts;
    }

    /** Counts a move, reading or sample that was not made (the floor ran on quietly): later ids stay the same. */
    void skipMove() {
        moves++;
    }

    void skipReading() {
        readings++;
    }

    void skipSample() {
        samples++;
    }

    /** The id of the {@code n}th deliberately broken message of an hour (epoch hours); never a good event's id. */
    String bad(long hour, int n) {
        return "bad-" + run + "-" + Long.toString(hour, 36) + "-" + n;
    }
}
