package org.floorwatch.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.BrokerStatus.State;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.SimulationLedger;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest starts before its broker: it says within seconds that the broker cannot be reached, keeps trying, and
 * once the broker is up (on the port it was told) it says so and reads everything.
 */
class LateBrokerTest {

    private static final FloorPlan PLAN = SmallPlan.plan();

    @Test
    void saysTheBrokerIsUnreachableUntilItStartsThenReadsEverything(@TempDir Path brokerDir, @TempDir Path data)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Topics topics = Topics.withPrefix("late-");
        List<BrokerStatus> statuses = new CopyOnWriteArrayList<>();
        EmbeddedBroker broker = null;
        try (FloorStore store = FloorStore.open(data);
             KafkaIngest ingest = new KafkaIngest(KafkaSettings.plain("127.0.0.1:" + port, topics),
                     new MessageDecoder(PLAN), store.writer(), store.reader(), statuses::add)) {
            Instant started = Instant.now();
            CompletableFuture<ImportSummary> run = CompletableFuture.supplyAsync(() -> ingest.run(null));
            awaitTrue(() -> ingest.brokerStatus().state() == State.UNREACHABLE, "the broker said unreachable", 15);
            BrokerStatus unreachable = ingest.brokerStatus();

            broker = EmbeddedBroker.start(port, brokerDir);
            broker.createTopics(topics.all(), 1);
            SimulationLedger ledger = new StreamSimulator(PLAN, StreamSettings.defaults(broker.bootstrapServers())
                    .withTopics(topics).withSeed(3).withFaults(true).withRate(0)
                    .withStart(Instant.parse("2026-11-02T06:00:00Z"))).run(500, null, () -> false);
            awaitTrue(() -> store.reader().kafkaOffsets().stream().mapToLong(o -> o.nextOffset()).sum() == ledger.sent(),
                    "everything sent to be read", 60);
            ingest.stop();
            ImportSummary summary = run.get(20, TimeUnit.SECONDS);

            assertThat(unreachable.since()).as("unreachable since it began trying").isBetween(started.minusSeconds(1), started.plusSeconds(1));
            assertThat(statuses).extracting(BrokerStatus::state)
                    .containsExactly(State.CONNECTING, State.UNREACHABLE, State.ONLINE);
            assertThat(ingest.reachedBroker()).isTrue();
            assertThat(summary.newEvents() + summary.duplicates() + summary.quarantined()).isEqualTo(ledger.sent());
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
