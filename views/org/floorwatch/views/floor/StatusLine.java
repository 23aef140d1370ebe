package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.floorwatch.views.IngestStatus.Broker;

/**
 * The status bar's words: the broker's state ({@code brokerOnline} false: "connecting", "offline since HH:mm:ss" or
 * "unreachable since HH:mm:ss, retrying", or how it refused Floorwatch: "refused the login since HH:mm:ss, retrying every
 * minute"), events
 * stored per second, how far the store lags behind the floor's clock, and how many records are quarantined.
 */
public record StatusLine(boolean brokerOnline, String broker, String eventsPerSecond, String storeLag,
                         String quarantined) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public static final StatusLine STARTING = new StatusLine(false, "Broker connecting", "0 events/s",
            "Store empty", "0 quarantined");

    /**
     * @param newestEvent the store's newest event time, null when it holds none
     * @param floorNow    the floor clock's time now
     * @param wallZone    where the operator reads the wall clock
     */
    public static StatusLine of(Broker broker, double eventsPerSecond, Instant newestEvent, Instant floorNow,
                                long quarantined, ZoneId wallZone) {
        String brokerWords = broker(broker, wallZone);
        String rate = String.format(Locale.ROOT, eventsPerSecond < 10 ? "%.1f events/s" : "%.0f events/s",
                eventsPerSecond);
        String lag = newestEvent == null ? "Store empty" : "Store lag " + duration(Duration.between(newestEvent, floorNow));
        return new StatusLine(broker.online(), brokerWords, rate, lag, quarantined + " quarantined");
    }

    /** The broker's state in words: "Broker online", "Broker unreachable since 14:02:11, retrying". */
    public static String broker(Broker broker, ZoneId wallZone) {
        String since = CLOCK.format(LocalTime.ofInstant(broker.since(), wallZone));
        return switch (broker.link()) {
            case ONLINE -> "Broker online";
            case CONNECTING -> "Broker connecting";
            case OFFLINE -> "Broker offline since " + since;
            case UNREACHABLE -> "Broker unreachable since " + since + ", retrying";
            case REFUSED -> "Broker " + broker.refusal() + " since " + since + ", retrying every minute";
        };
    }

    /** A lag as a person reads it: "0 s", "42 s", "3 min", "2 h 05 min"; a negative lag counts as none. */
    static String duration(Duration lag) {
        long seconds = Math.max(0, lag.truncatedTo(ChronoUnit.SECONDS).getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
