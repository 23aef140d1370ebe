package org.floorwatch.ingest.kafka;

import java.time.Instant;

/** How the ingest stands with the broker, and since when. */
public record BrokerStatus(State state, Instant since) {

    /** The ingest's view of the broker. */
    public enum State {
        /** Started, not heard from the broker yet. */
        CONNECTING,
        /** The broker answers. */
        ONLINE,
        /** The connection was lost a moment ago; the client reconnects. */
        OFFLINE,
        /** Not heard from the broker for a while (never, or since the connection was lost); still retrying. */
        UNREACHABLE
    }

    public boolean online() {
        return state == State.ONLINE;
    }
}
