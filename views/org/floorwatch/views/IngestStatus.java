package org.floorwatch.views;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the live source tells the screens: how the ingest stands with the broker, and since when. The app updates it
 * from the ingest's thread; screens read it on their own refresh tick. Thread-safe.
 */
public final class IngestStatus {

    /** The ingest's view of the broker. */
    public enum Link { CONNECTING, ONLINE, OFFLINE, UNREACHABLE }

    /** The broker's link since an instant (wall clock). */
    public record Broker(Link link, Instant since) {

        public boolean online() {
            return link == Link.ONLINE;
        }
    }

    private final AtomicReference<Broker> broker = new AtomicReference<>(new Broker(Link.CONNECTING, Instant.now()));

    public void brokerChanged(Link link, Instant since) {
        broker.set(new Broker(link, since));
    }

    /** Online, or offline (lost a moment ago), since {@code since}. */
    public void brokerChanged(boolean online, Instant since) {
        brokerChanged(online ? Link.ONLINE : Link.OFFLINE, since);
    }

    public Broker broker() {
        return broker.get();
    }
}
