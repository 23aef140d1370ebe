package org.floorwatch.ingest.kafka;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Tells online from offline by the consumer's own open-connection count, so no second client probes the
 * broker. Reports each change once to its listener.
 */
final class ConnectionWatch {

    private final Clock clock;
    private final Consumer<BrokerStatus> listener;
    private BrokerStatus status;

    ConnectionWatch(Clock clock, Consumer<BrokerStatus> listener) {
        this.clock = clock;
        this.listener = listener;
        this.status = BrokerStatus.offlineSince(clock.instant());
        listener.accept(status);
    }

    void check(Map<MetricName, ? extends Metric> metrics, boolean receivedRecords) {
        boolean online = receivedRecords || connectionCount(metrics) > 0;
        if (online != status.online()) {
            status = new BrokerStatus(online, clock.instant());
            listener.accept(status);
        }
    }

    BrokerStatus status() {
        return status;
    }

    private static double connectionCount(Map<MetricName, ? extends Metric> metrics) {
        for (var entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            if ("connection-count".equals(name.name()) && "consumer-metrics".equals(name.group())) {
                Object value = entry.getValue().metricValue();
                return value instanceof Number n ? n.doubleValue() : 0;
            }
        }
        return 0;
    }
}
