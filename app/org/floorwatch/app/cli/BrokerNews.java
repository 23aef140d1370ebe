package org.floorwatch.app.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.floorwatch.ingest.kafka.BrokerStatus;

/**
 * What {@code consume} says on standard error about the broker: once when it cannot be reached (and is retried), and
 * once when it is reached after that. Nothing while all is well.
 */
final class BrokerNews implements Consumer<BrokerStatus> {

    private final PrintWriter err;
    private final String servers;
    private boolean unreachable;
    private boolean reached;

    BrokerNews(PrintWriter err, String servers) {
        this.err = err;
        this.servers = servers;
    }

    @Override
    public void accept(BrokerStatus status) {
        switch (status.state()) {
            case UNREACHABLE -> {
                unreachable = true;
                err.println("floorwatch: cannot reach Kafka at " + servers + ", retrying");
            }
            case ONLINE -> {
                if (unreachable) {
                    err.println("floorwatch: reached Kafka at " + servers + (reached ? " again" : ""));
                }
                unreachable = false;
                reached = true;
            }
            default -> { }
        }
        err.flush();
    }
}
