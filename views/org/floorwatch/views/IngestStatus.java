package org.floorwatch.views;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the live source tells the screens: how the ingest stands with the broker, and since when. The app updates it
 * from the ingest's thread; screens read it on their own refresh tick. Thread-safe.
 */
public final class IngestStatus {

    /** The ingest's view of the broker. */
    public enum Link { CONNECTING, ONLINE, OFFLINE, UNREACHABLE, REFUSED }

    /**
     * The broker's link since an instant (wall clock); when the broker refused Floorwatch (login refused, certificate
     * not trusted ...), {@code refusal} says how in a few words, else it is null.
     */
    public record Broker(Link link, Instant since, String refusal) {

        public Broker(Link link, Instant since) {
            this(link, since, null);
        }

        public boolean online() {
            return link == Link.ONLINE;
        }
    }

    private final AtomicReference<Broker> broker = new AtomicReference<>(new Broker(Link.CONNECTING, Instant.now()));

    public void brokerChanged(Link link, Instant since) {
        broker.set(new Broker(link, since));
    }

    /** The broker would not let Floorwatch in; {@code words} say how ("refused the login"), never with a password. */
    public void brokerRefused(String words, Instant since) {
        broker.set(new Broker(Link.REFUSED, since, words));
    }

    /** Online, or offline (lost a moment ago), since {@code since}. */
    public void brokerChanged(boolean online, Instant since) {
        brokerChanged(online ? Link.ONLINE : Link.OFFLINE, since);
    }

    public Broker broker() {
        return broker.get();
    }
}
