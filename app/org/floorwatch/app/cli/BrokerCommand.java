package org.floorwatch.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.message.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code broker --port P [--dir DIR]}: a single-node Kafka broker on 127.0.0.1 until Ctrl+C. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a single-node Kafka broker on 127.0.0.1 (for demos and tests) until Ctrl+C.")
final class BrokerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "P", description = "Port on 127.0.0.1.")
    int port;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the broker keeps its logs (default: floorwatch-broker-P in the temp folder).")
    Path dir;

    @Option(names = "--partitions", defaultValue = "1", description = "Partitions of the default topics (default: 1).")
    int partitions;

    @Override
    public Integer call() throws InterruptedException {
        Path logDir = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "floorwatch-broker-" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedBroker broker = EmbeddedBroker.start(port, logDir)) {
            broker.createTopics(Topics.DEFAULT.all(), partitions);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "broker-stop"));
            spec.commandLine().getOut().println("broker on " + broker.bootstrapServers() + " (data in " + logDir
                    + "); Ctrl+C stops it");
            stopped.await();
        }
        return 0;
    }
}
