package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SecureBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.ingest.simulator.SimulatedMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code consume} from a broker that asks for SCRAM-SHA-512 over TLS (SASL_SSL), configured only through
 * {@code --kafka-property}: the right login imports the messages (also with the login kept in a file, read by Kafka's
 * config provider); a wrong password, a trust store without the broker's CA, and a connection by a name the certificate
 * does not carry each end the run with one plain line and exit status 1, after one attempt (no retry storm), long
 * before {@code --idle-exit} would have. No password appears on standard output or error or in the log file.
 */
class SecureConsumeTest {

    private static final int MESSAGES = 300;
    private static final String WRONG_PASSWORD = "Wr0ng-guess-5518";
    /** Refused runs are given this long to be idle, so one that ends sooner ended by itself. */
    private static final int PATIENT_IDLE_EXIT_SECONDS = 30;
    private static EmbeddedBroker broker;
    private static String prefix;

    @TempDir
    Path dir;

    @BeforeAll
    static void brokerWithMessages() {
        broker = SecureBroker.get();
        prefix = SharedBroker.topicPrefix("secure-consume");
        Topics topics = Topics.withPrefix(prefix);
        broker.createTopics(topics.all(), 1);
        send(topics, SecureBroker.clientProperties(SecureBroker.PASSWORD, SecureBroker.certificates().trustStore()));
    }

    @Test
    void theRightLoginImportsTheMessages() throws Exception {
        try (AppLogFile log = AppLogFile.under(dir.resolve("logs"))) {
            CliRun run = consume(broker.bootstrapServers(), SecureBroker.PASSWORD, SecureBroker.certificates().trustStore());

            assertThat(run.err()).isEmpty();
            assertThat(run.status()).isZero();
            assertThat(run.out()).matches("imported: \\d+ new, 0 duplicate, \\d+ quarantined, 0 refused\n")
                    .doesNotStartWith("imported: 0 new");
            assertNoSecretIn(run, log.text());
        }
    }

    @Test
    void theLoginCanComeFromAFileThroughKafkasConfigProvider() throws Exception {
        Map<String, String> client = SecureBroker.clientProperties(SecureBroker.PASSWORD,
                SecureBroker.certificates().trustStore());
        Path secrets = dir.resolve("kafka-secrets.properties");
        Files.writeString(secrets, "sasl.jaas.config=" + client.get("sasl.jaas.config") + "\n");
        client.put("config.providers", "file");
        client.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        client.put("sasl.jaas.config", "${file:" + secrets + ":sasl.jaas.config}");

        try (AppLogFile log = AppLogFile.under(dir.resolve("logs"))) {
            CliRun run = consume(broker.bootstrapServers(), client, 2);

            assertThat(run.err()).isEmpty();
            assertThat(run.out()).doesNotStartWith("imported: 0 new");
            assertNoSecretIn(run, log.text());
        }
    }

    @Test
    void aWrongPasswordIsOneLineAfterOneAttempt() throws Exception {
        assertRefused(broker.bootstrapServers(), WRONG_PASSWORD, SecureBroker.certificates().trustStore(),
                "floorwatch: Kafka at " + broker.bootstrapServers() + " refused the login (SASL authentication failed):"
                        + " check the user name and password\n");
    }

    @Test
    void aTrustStoreWithoutTheBrokersCaIsOneLineAfterOneAttempt() throws Exception {
        assertRefused(broker.bootstrapServers(), SecureBroker.PASSWORD, SecureBroker.certificates().foreignTrustStore(),
                "floorwatch: Kafka at " + broker.bootstrapServers() + " showed a certificate that is not trusted (TLS"
                        + " handshake failed): check that ssl.truststore.location holds the CA that signed the broker's"
                        + " certificate\n");
    }

    @Test
    void aNameTheCertificateDoesNotCarryIsOneLineAfterOneAttempt() throws Exception {
        String byAddress = "127.0.0.1:" + broker.port(); // the certificate is for "localhost" only
        assertRefused(byAddress, SecureBroker.PASSWORD, SecureBroker.certificates().trustStore(),
                "floorwatch: Kafka at " + byAddress + " showed a certificate made out to another name (TLS host name"
                        + " check failed): connect by a name the certificate carries\n");
    }

    @Test
    void aKafkaErrorThatQuotesAPieceOfThePasswordShowsItHidden() throws Exception {
        try (AppLogFile log = AppLogFile.under(dir.resolve("logs"))) {
            CliRun run = CliRun.run("consume", "--kafka", broker.bootstrapServers(), "--data",
                    dir.resolve("data").toString(), "--idle-exit", "2", "--kafka-property", "security.protocol=SASL_SSL",
                    "--kafka-property", "sasl.mechanism=SCRAM-SHA-512", "--kafka-property", "sasl.jaas.config="
                            + "org.apache.kafka.common.security.scram.ScramLoginModule required username=floorwatch"
                            + " password=Unq-9921 piece-7733;");
            String logged = log.text();

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("floorwatch: Kafka client: Value not specified for key '***' in JAAS config\n");
            for (String piece : List.of("Unq-9921", "piece-7733")) {
                assertThat(run.err()).doesNotContain(piece);
                assertThat(logged).doesNotContain(piece);
            }
        }
    }

    private void assertRefused(String servers, String password, Path trustStore, String line) throws Exception {
        try (AppLogFile log = AppLogFile.under(dir.resolve("logs"))) {
            long started = System.nanoTime();
            CliRun run = consume(servers, SecureBroker.clientProperties(password, trustStore), PATIENT_IDLE_EXIT_SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String logged = log.text();

            assertThat(run.err()).isEqualTo(line);
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEqualTo("imported: 0 new, 0 duplicate, 0 quarantined, 0 refused\n");
            assertThat(took).as("ended by the refusal, not by --idle-exit")
                    .isLessThan(Duration.ofSeconds(PATIENT_IDLE_EXIT_SECONDS));
            assertThat(logged.lines().filter(l -> l.contains("failed authentication"))).as("attempts in the log").hasSize(1);
            assertThat(logged).contains(line.substring("floorwatch: ".length()).strip());
            assertNoSecretIn(run, logged);
        }
    }

    private static void assertNoSecretIn(CliRun run, String logged) {
        for (String secret : List.of(SecureBroker.PASSWORD, WRONG_PASSWORD, SecureBroker.certificates().password())) {
            assertThat(run.out()).doesNotContain(secret);
            assertThat(run.err()).doesNotContain(secret);
            assertThat(logged).doesNotContain(secret);
        }
        assertThat(logged).as("the app's log file was written").isNotEmpty();
    }

    private CliRun consume(String servers, String password, Path trustStore) throws Exception {
        return consume(servers, SecureBroker.clientProperties(password, trustStore), 2);
    }

    private CliRun consume(String servers, Map<String, String> client, int idleExitSeconds) throws Exception {
        Path plan = Files.writeString(dir.resolve("small-works.json"), SmallPlan.JSON);
        List<String> args = new ArrayList<>(List.of("consume", "--kafka", servers, "--data", dir.resolve("data").toString(),
                "--plan", plan.toString(), "--topic-prefix", prefix, "--idle-exit", String.valueOf(idleExitSeconds)));
        client.forEach((key, value) -> args.addAll(List.of("--kafka-property", key + "=" + value)));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static void send(Topics topics, Map<String, String> security) {
        MessageStream stream = new MessageStream(SmallPlan.plan(), 5, Instant.parse("2026-11-02T06:00:00Z"), topics, false);
        Map<String, Object> config = new HashMap<>(security);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < MESSAGES; i++) {
                SimulatedMessage message = stream.next().message();
                producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()));
            }
        }
    }
}
