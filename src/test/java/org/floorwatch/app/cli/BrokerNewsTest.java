package org.floorwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.floorwatch.ingest.kafka.BrokerStatus;
import org.floorwatch.ingest.kafka.BrokerStatus.State;
import org.junit.jupiter.api.Test;

/** What {@code consume} says about the broker: once when it cannot be reached, once when it is reached after that. */
class BrokerNewsTest {

    private static final Instant T = Instant.parse("2026-11-02T06:00:00Z");

    @Test
    void saysWhenTheBrokerCannotBeReachedAndWhenItIsReachedThenAgain() {
        StringWriter err = new StringWriter();
        BrokerNews news = new BrokerNews(new PrintWriter(err, true), "kafka-1:9092");

        for (State state : new State[] {State.CONNECTING, State.UNREACHABLE, State.ONLINE, State.OFFLINE, State.ONLINE,
            State.OFFLINE, State.UNREACHABLE, State.ONLINE}) {
            news.accept(new BrokerStatus(state, T));
        }

        assertThat(err.toString()).isEqualTo("""
                floorwatch: cannot reach Kafka at kafka-1:9092, retrying
                floorwatch: reached Kafka at kafka-1:9092
                floorwatch: cannot reach Kafka at kafka-1:9092, retrying
                floorwatch: reached Kafka at kafka-1:9092 again
                """);
    }
}
