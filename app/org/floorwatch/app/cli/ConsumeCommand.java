package org.floorwatch.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.KafkaException;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.PlanFile;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.database.ChangeEventDecoder;
import org.floorwatch.ingest.database.ChangeTopics;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaServers;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.PlanInForce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code consume --kafka HOST:PORT --data DIR}: headless live ingest, ending with the summary line. A broker that
 * cannot be reached is said on standard error within seconds and retried; a run that never reached it ends with
 * exit status 1. A broker that refuses the login or whose certificate fails the TLS checks ends the run at once,
 * with one line saying which, and exit status 1.
 */
@Command(name = "consume", mixinStandardHelpOptions = true,
        description = "Read the live topics into the local store until Ctrl+C (or --idle-exit), then print the summary.")
final class ConsumeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Bootstrap servers.")
    KafkaServers kafka;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (local store).")
    Path data;

    @Mixin
    PlanOption plan;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "Stop after this long without a message.")
    Long idleExitSeconds;

    @Option(names = "--group", description = "Consumer group id (default: ${DEFAULT-VALUE}).",
            defaultValue = KafkaSettings.DEFAULT_GROUP)
    String group;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix of the three topic names.")
    String topicPrefix;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "A Kafka client property (security.protocol, sasl.*, ssl.*, ...); repeatable.")
    List<ClientProperty> clientProperties = List.of();

    @Option(names = "--work-orders-topic", paramLabel = "TOPIC",
            description = "A topic of Debezium change events of work orders; repeatable.")
    List<String> workOrderTopics = List.of();

    @Option(names = "--purchase-orders-topic", paramLabel = "TOPIC",
            description = "A topic of Debezium change events of purchase orders; repeatable.")
    List<String> purchaseOrderTopics = List.of();

    @Override
    public Integer call() throws InterruptedException {
        PlanFile given = plan.file();
        Map<String, String> properties = new LinkedHashMap<>();
        clientProperties.forEach(property -> properties.put(property.key(), property.value()));
        ChangeTopics changes = new ChangeTopics(workOrderTopics, purchaseOrderTopics);
        KafkaSettings settings = new KafkaSettings(kafka.text(), Topics.withPrefix(topicPrefix), group, properties,
                changes);
        Duration idleExit = idleExitSeconds == null ? null : Duration.ofSeconds(idleExitSeconds);
        try (FloorStore store = FloorStore.open(data)) {
            FloorPlan floorPlan = PlanInForce.resolve(given, store);
            try (KafkaIngest ingest = new KafkaIngest(settings, new MessageDecoder(floorPlan),
                    changes.isEmpty() ? null : new ChangeEventDecoder(floorPlan), store.writer(), store.reader(),
                    new BrokerNews(spec.commandLine().getErr(), kafka.text()))) {
                run(ingest, idleExit);
            } catch (KafkaException e) {
                String line = settings.withoutSecrets(UserMessages.oneLine(e));
                LOG.warn("consume stopped: {}", line);
                throw new UserError(line);
            }
        }
        return 0;
    }

    /** Runs the ingest until it is idle or Ctrl+C, prints the summary, and fails a run that never reached Kafka. */
    private void run(KafkaIngest ingest, Duration idleExit) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            ingest.stop();
            awaitQuietly(finished);
        }, "consume-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ImportSummary summary = ingest.run(idleExit);
            spec.commandLine().getOut().println(summary.line());
        } finally {
            finished.countDown();
        }
        removeHook(hook);
        if (ingest.refusal().isPresent()) {
            throw new UserError(ingest.refusal().get().line());
        }
        if (!ingest.reachedBroker()) {
            throw new UserError("never reached Kafka at " + kafka + "; nothing was read");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping: the hook is running and will see the latch released
        }
    }
}
