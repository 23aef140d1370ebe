package org.floorwatch.ingest.broker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One built-in broker per test JVM that asks for SCRAM-SHA-512 over TLS, with certificates made for it at first use
 * (for "localhost" only), stopped when the JVM exits. Its user {@link #USER} logs in with {@link #PASSWORD}.
 */
public final class SecureBroker {

    public static final String USER = "floorwatch";
    /** A password that no other text in a log or a message could contain by chance. */
    public static final String PASSWORD = "Qx7-scram-Pw-91zk";
    private static final String STORE_PASSWORD = "Tz4-store-Pw-63mh";

    private static EmbeddedBroker broker;
    private static TestCertificates certificates;

    private SecureBroker() {
    }

    public static synchronized EmbeddedBroker get() {
        if (broker == null) {
            Path dir = SharedBroker.createTempDir("floorwatch-secure-broker-");
            TestCertificates made = TestCertificates.make(dir, BrokerSecurity.HOST, STORE_PASSWORD);
            EmbeddedBroker started = EmbeddedBroker.start(0, dir.resolve("kafka"),
                    new BrokerSecurity(made.brokerKeyStore(), made.password(), Map.of(USER, PASSWORD)));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                SharedBroker.deleteTree(dir);
            }, "secure-broker-shutdown"));
            certificates = made;
            broker = started;
        }
        return broker;
    }

    /** The certificates the broker was started with (after {@link #get()}). */
    public static synchronized TestCertificates certificates() {
        get();
        return certificates;
    }

    /** Client properties for SASL_SSL with SCRAM-SHA-512, logging in as {@link #USER} with {@code password}. */
    public static Map<String, String> clientProperties(String password, Path trustStore) {
        Map<String, String> properties = new HashMap<>();
        properties.put("security.protocol", "SASL_SSL");
        properties.put("sasl.mechanism", BrokerSecurity.MECHANISM);
        properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + USER + "\" password=\"" + password + "\";");
        properties.put("ssl.truststore.location", trustStore.toString());
        properties.put("ssl.truststore.type", "PKCS12");
        properties.put("ssl.truststore.password", certificates().password());
        return properties;
    }
}
