package org.floorwatch.ingest.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM on 127.0.0.1.
 * Its data directory is formatted on first start and reused afterwards, so topics and records survive a restart.
 * Used by the {@code broker} command, the demo and the tests.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaRaftServer server;
    private final BrokerStorage storage;
    private final Admin admin;
    private final int port;
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedBroker(KafkaRaftServer server, BrokerStorage storage, int port, String host, int adminPort) {
        this.server = server;
        this.storage = storage;
        this.port = port;
        this.host = host;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address(adminPort),
                AdminClientConfig.CLIENT_ID_CONFIG, "floorwatch-broker-admin"));
    }

    /**
     * Starts a broker and returns once it accepts clients.
     *
     * @param port    the client port on 127.0.0.1, or 0 for any free port
     * @param dataDir where topics are stored; created if missing
     * @throws BrokerException with a one-line reason if the broker cannot start (port or directory in use, ...)
     */
    public static EmbeddedBroker start(int port, Path dataDir) {
        return start(port, dataDir, null);
    }

    /**
     * Starts a broker whose clients must log in with SCRAM-SHA-512 over TLS ({@code security} null: plaintext, as
     * {@link #start(int, Path)}). Clients connect to {@code localhost:PORT}, the name on the broker's certificate; the
     * broker's own admin uses a plaintext listener of its own on 127.0.0.1. The users exist when this returns.
     */
    public static EmbeddedBroker start(int port, Path dataDir, BrokerSecurity security) {
        int brokerPort = port == 0 ? LoopbackPorts.pickFree() : LoopbackPorts.requireFree(port);
        int adminPort = security == null ? brokerPort : LoopbackPorts.pickFree();
        KafkaLogLevels.quietUnlessConfigured();
        BrokerStorage storage = BrokerStorage.claim(dataDir);
        KafkaRaftServer server = null;
        try {
            int controllerPort = LoopbackPorts.pickFree();
            Properties settings = security == null
                    ? BrokerSettings.singleNode(brokerPort, controllerPort, storage.directory())
                    : BrokerSettings.secure(brokerPort, adminPort, controllerPort, storage.directory(), security);
            storage.formatIfNew(settings);
            server = new KafkaRaftServer(new KafkaConfig(BrokerSettings.withSecrets(settings, security)), Time.SYSTEM);
            server.startup();
        } catch (RuntimeException e) {
            if (server != null) {
                stop(server);
            }
            storage.release();
            throw StartupFailure.explain(e, brokerPort);
        }
        String host = security == null ? LoopbackPorts.HOST : BrokerSecurity.HOST;
        EmbeddedBroker broker = new EmbeddedBroker(server, storage, brokerPort, host, adminPort);
        try {
            await(broker.admin.describeCluster().nodes(), "answer on " + address(adminPort));
            if (security != null) {
                ScramUsers.create(broker.admin, security.users());
            }
            return broker;
        } catch (BrokerException e) {
            broker.close();
            throw e;
        }
    }

    /** Where clients connect: {@code 127.0.0.1:PORT}, or {@code localhost:PORT} for a secure broker. */
    public String bootstrapServers() {
        return host + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Creates the topics that do not exist yet, each with {@code partitions} partitions; existing ones are left as they are. */
    public void createTopics(Collection<String> names, int partitions) {
        if (closed.get()) {
            throw new IllegalStateException("the broker on " + bootstrapServers() + " is closed");
        }
        List<NewTopic> topics = names.stream().distinct()
                .map(name -> new NewTopic(name, partitions, (short) 1))
                .toList();
        admin.createTopics(topics).values().forEach((name, creation) -> {
            try {
                await(creation, "create topic " + name);
            } catch (BrokerException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        });
        awaitLeaders(names);
    }

    /**
     * Waits until every partition of the topics has a leader, so a client's first metadata request sees them
     * whole (a producer that saw a partition without a leader may not ask again for minutes).
     */
    private void awaitLeaders(Collection<String> names) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try {
                boolean ready = admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS).values().stream()
                        .allMatch(topic -> topic.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not visible yet: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrokerException("interrupted while waiting for topics " + names, e);
            }
            sleepQuietly(100);
        }
        throw new BrokerException("topics " + names + " on " + bootstrapServers() + " got no leader in 15 s", null);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shuts the broker down cleanly, releasing its port and its data directory. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                admin.close(Duration.ZERO);
                stop(server);
            } finally {
                storage.release();
            }
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static String address(int port) {
        return LoopbackPorts.HOST + ":" + port;
    }

    private static <T> T await(KafkaFuture<T> future, String action) {
        try {
            return future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new BrokerException("the broker could not " + action + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new BrokerException("the broker did not " + action + " within " + ADMIN_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException("interrupted while waiting for the broker to " + action, e);
        }
    }
}
