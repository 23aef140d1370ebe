package org.floorwatch.ingest.simulator;

import java.time.Instant;
import java.util.Objects;
import org.floorwatch.ingest.message.Topics;

/**
 * Settings of {@code simulate stream}.
 *
 * @param bootstrapServers the Kafka broker(s), {@code host:port[,host:port]}
 * @param topics           where moves, heat readings and energy samples go
 * @param seed             the random seed: same seed, start and faults give the same messages
 * @param ratePerSecond    at most this many messages a second; zero or less: as fast as possible,
 *                         with no pacing at all
 * @param faults           whether to apply {@link MessageFaults}
 * @param start            the simulated start instant, or null for the moment the run begins
 * @param speed            simulated seconds per real second when paced (1: real time)
 */
public record StreamSettings(String bootstrapServers, Topics topics, long seed, double ratePerSecond,
                             boolean faults, Instant start, double speed) {

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_RATE = 50;

    public StreamSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topics, "topics");
        if (!(speed > 0)) {
            throw new IllegalArgumentException("the simulation speed must be positive, not " + speed);
        }
    }

    /** Default topics, seed 42, at most 50 messages a second, no faults, starting now, real time. */
    public static StreamSettings defaults(String bootstrapServers) {
        return new StreamSettings(bootstrapServers, Topics.DEFAULT, DEFAULT_SEED, DEFAULT_RATE, false, null, 1);
    }

    public StreamSettings withTopics(Topics newTopics) {
        return new StreamSettings(bootstrapServers, newTopics, seed, ratePerSecond, faults, start, speed);
    }

    public StreamSettings withSeed(long newSeed) {
        return new StreamSettings(bootstrapServers, topics, newSeed, ratePerSecond, faults, start, speed);
    }

    public StreamSettings withRate(double newRate) {
        return new StreamSettings(bootstrapServers, topics, seed, newRate, faults, start, speed);
    }

    public StreamSettings withFaults(boolean newFaults) {
        return new StreamSettings(bootstrapServers, topics, seed, ratePerSecond, newFaults, start, speed);
    }

    public StreamSettings withStart(Instant newStart) {
        return new StreamSettings(bootstrapServers, topics, seed, ratePerSecond, faults, newStart, speed);
    }

    public StreamSettings withSpeed(double newSpeed) {
        return new StreamSettings(bootstrapServers, topics, seed, ratePerSecond, faults, start, newSpeed);
    }
}
