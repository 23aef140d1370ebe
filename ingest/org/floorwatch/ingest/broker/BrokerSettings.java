package org.floorwatch.ingest.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Server settings of the built-in broker: one KRaft node acting as broker and controller, on loopback only,
 * with every internal topic at replication factor 1 so that consumer groups and transactions work.
 */
final class BrokerSettings {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String SECURE_LISTENER = "SECURE";
    private static final long RETENTION_HOURS = 7 * 24;

    private BrokerSettings() {
    }

    /**
     * The settings of a broker whose clients log in with SCRAM-SHA-512 over TLS on {@code brokerPort} (advertised as
     * {@code localhost}, the name on its certificate), while the broker itself, and the built-in admin that creates the
     * users, use a plaintext listener on {@code internalPort} of 127.0.0.1. Without the key store's password, which
     * {@link #withSecrets} adds only for the running server.
     */
    static Properties secure(int brokerPort, int internalPort, int controllerPort, Path dataDir, BrokerSecurity security) {
        Properties settings = singleNode(internalPort, controllerPort, dataDir);
        String secureListener = SECURE_LISTENER + "://" + LoopbackPorts.HOST + ":" + brokerPort;
        String internalListener = BROKER_LISTENER + "://" + LoopbackPorts.HOST + ":" + internalPort;
        String controllerListener = CONTROLLER_LISTENER + "://" + LoopbackPorts.HOST + ":" + controllerPort;
        settings.put("listeners", secureListener + "," + internalListener + "," + controllerListener);
        settings.put("advertised.listeners", SECURE_LISTENER + "://" + BrokerSecurity.HOST + ":" + brokerPort + ","
                + internalListener);
        settings.put("listener.security.protocol.map", SECURE_LISTENER + ":SASL_SSL," + BROKER_LISTENER + ":PLAINTEXT,"
                + CONTROLLER_LISTENER + ":PLAINTEXT");
        String prefix = "listener.name." + SECURE_LISTENER.toLowerCase(Locale.ROOT) + ".";
        settings.put(prefix + "sasl.enabled.mechanisms", BrokerSecurity.MECHANISM);
        settings.put(prefix + BrokerSecurity.MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        settings.put(prefix + "ssl.keystore.type", "PKCS12");
        settings.put(prefix + "ssl.keystore.location", security.keyStore().toString());
        return settings;
    }

    /** {@code settings} with the key store's password, for the server only (never written to a file). */
    static Properties withSecrets(Properties settings, BrokerSecurity security) {
        Properties server = new Properties();
        server.putAll(settings);
        if (security != null) {
            String prefix = "listener.name." + SECURE_LISTENER.toLowerCase(Locale.ROOT) + ".";
            server.put(prefix + "ssl.keystore.password", security.keyStorePassword());
            server.put(prefix + "ssl.key.password", security.keyStorePassword());
        }
        return server;
    }

    static Properties singleNode(int brokerPort, int controllerPort, Path dataDir) {
        String brokerEndpoint = BROKER_LISTENER + "://" + LoopbackPorts.HOST + ":" + brokerPort;
        String controllerAddress = LoopbackPorts.HOST + ":" + controllerPort;

        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", String.valueOf(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@" + controllerAddress);
        settings.put("listeners", brokerEndpoint + "," + CONTROLLER_LISTENER + "://" + controllerAddress);
        settings.put("advertised.listeners", brokerEndpoint);
        settings.put("inter.broker.listener.name", BROKER_LISTENER);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("listener.security.protocol.map",
                BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("log.dirs", dataDir.toString());

        settings.put("num.partitions", "1");
        settings.put("default.replication.factor", "1");
        settings.put("auto.create.topics.enable", "true");
        settings.put("log.retention.hours", String.valueOf(RETENTION_HOURS));

        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("share.coordinator.state.topic.num.partitions", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");

        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "2");
        settings.put("broker.heartbeat.interval.ms", "500");
        settings.put("server.max.startup.time.ms", String.valueOf(STARTUP_TIMEOUT.toMillis()));
        return settings;
    }
}
