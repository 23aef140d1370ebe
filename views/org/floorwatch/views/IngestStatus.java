package org.floorwatch.views;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the live source tells the screens: whether the broker is reachable, and since when. The app updates it
 * from the ingest's thread; screens read it on their own refresh tick. Thread-safe.
 */
public final class IngestStatus {

    /** The broker reachable or not since an instant (wall clock). */
    public record Broker(boolean online, Instant since) { }

    private final AtomicReference<Broker> broker = new AtomicReference<>(new Broker(false, Instant.now()));

    public void brokerChanged(boolean online, Instant since) {
        broker.set(new Broker(online, since));
    }

    public Broker broker() {
        return broker.get();
    }
}
