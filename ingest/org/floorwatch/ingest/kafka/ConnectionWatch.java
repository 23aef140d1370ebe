package org.floorwatch.ingest.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.floorwatch.ingest.kafka.BrokerStatus.State;

/**
 * Tells how the ingest stands with the broker from the consumer's own metrics, so no second client probes it:
 * online once a response arrives (a connection still being set up counts for nothing: the client counts it as
 * open); offline at once when the last connection closes; unreachable when the client listened for {@code grace}
 * (time spent in polls and look-ups, so a slow commit between them does not count) without a response. Reports
 * each change once to its listener.
 */
final class ConnectionWatch {

    private static final Duration UNREACHABLE_AFTER = Duration.ofSeconds(3);

    private final Clock clock;
    private final Consumer<BrokerStatus> listener;
    private final Duration grace;
    private BrokerStatus status;
    private double responses;
    private Duration silent = Duration.ZERO;
    private boolean reached;

    ConnectionWatch(Clock clock, Consumer<BrokerStatus> listener, Duration grace) {
        this.clock = clock;
        this.listener = listener;
        this.grace = grace;
        this.status = new BrokerStatus(State.CONNECTING, clock.instant());
        listener.accept(status);
    }

    /** After a poll or a look-up that took {@code listened}: what the consumer's metrics now say. */
    void check(Map<MetricName, ? extends Metric> metrics, boolean receivedRecords, Duration listened) {
        double total = metric(metrics, "response-total");
        boolean heard = receivedRecords || total > responses;
        responses = total;
        if (heard) {
            silent = Duration.ZERO;
            reached = true;
            change(State.ONLINE);
            return;
        }
        listenedInVain(listened, metric(metrics, "connection-count") > 0);
    }

    /** The client listened for {@code listened} and heard nothing (it may have no connection at all). */
    void listenedInVain(Duration listened, boolean connectionOpen) {
        silent = silent.plus(listened);
        if (status.online() && !connectionOpen) {
            change(State.OFFLINE);
        }
        if (silent.compareTo(grace) >= 0) {
            change(State.UNREACHABLE);
        }
    }

    /** Three seconds of listening, or twice the longest a fetch may wait when that is longer. */
    static Duration unreachableAfter(KafkaSettings settings) {
        String fetchWait = settings.clientProperties().get("fetch.max.wait.ms");
        try {
            Duration longest = Duration.ofMillis(fetchWait == null ? 0 : Long.parseLong(fetchWait.strip())).multipliedBy(2);
            return longest.compareTo(UNREACHABLE_AFTER) > 0 ? longest : UNREACHABLE_AFTER;
        } catch (NumberFormatException e) {
            return UNREACHABLE_AFTER; // the client refuses the value itself, with its own message
        }
    }

    BrokerStatus status() {
        return status;
    }

    /** Whether the broker answered at least once. */
    boolean reached() {
        return reached;
    }

    /**
     * Moves to {@code state}: since now, except that unreachable keeps the instant the broker went offline or the
     * ingest started connecting.
     */
    private void change(State state) {
        if (state == status.state()) {
            return;
        }
        boolean keep = state == State.UNREACHABLE && status.state() != State.ONLINE;
        status = new BrokerStatus(state, keep ? status.since() : clock.instant());
        listener.accept(status);
    }

    private static double metric(Map<MetricName, ? extends Metric> metrics, String name) {
        for (var entry : metrics.entrySet()) {
            if (name.equals(entry.getKey().name()) && "consumer-metrics".equals(entry.getKey().group())) {
                Object value = entry.getValue().metricValue();
                return value instanceof Number n ? n.doubleValue() : 0;
            }
        }
        return 0;
    }
}
