package org.floorwatch.ingest.kafka;

import java.time.Instant;

/** Whether the ingest is connected to the broker, and since when. */
public record BrokerStatus(boolean online, Instant since) {

    public static BrokerStatus offlineSince(Instant since) {
        return new BrokerStatus(false, since);
    }
}
