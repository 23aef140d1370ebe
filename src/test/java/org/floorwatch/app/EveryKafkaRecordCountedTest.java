package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.floorwatch.ingest.simulator.SimulatedMessage;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.SitePlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code consume} of another site's stream on a real broker, as a new user would: {@code --plan} makes the site's
 * plan the plan in force, and when the topics are made again and the stream sent again (a broker set up afresh, the
 * data folder kept), a {@code consume} without {@code --plan} reads it into a store that already holds its events
 * and its broken records: every record counts in exactly one of new, duplicate and quarantined.
 */
class EveryKafkaRecordCountedTest {

    private static final Pattern SUMMARY = Pattern.compile("imported: (\\d+) new, (\\d+) duplicate, (\\d+) quarantined, 0 refused\n");
    private static final int FIRST = 1_500;
    private static final int AGAIN = 1_000;

    @TempDir
    Path dir;

    @Test
    void everyRecordCountsOnceAndConsumeMakesItsPlanThePlanInForce() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        String prefix = SharedBroker.topicPrefix("every-record");
        Topics topics = Topics.withPrefix(prefix);
        broker.createTopics(topics.all(), 1);
        send(broker, topics, FIRST);
        Path plan = Files.writeString(dir.resolve("small-works.json"), SmallPlan.JSON);
        String data = dir.resolve("data").toString();

        long[] first = counts(consume(broker, prefix, data, "--plan", plan.toString()));
        String planInForce = planInForce(Path.of(data));
        makeTopicsAgain(broker, topics);
        send(broker, topics, AGAIN);
        long[] again = counts(consume(broker, prefix, data));

        assertThat(first[0]).isPositive();
        assertThat(first[2]).as("the stream's broken messages").isPositive();
        assertThat(first[0] + first[1] + first[2]).isEqualTo(FIRST);
        assertThat(planInForce).isEqualTo(SmallPlan.JSON);
        assertThat(again).as("the same records at the same offsets: all held already").containsExactly(0, AGAIN, 0);
    }

    private static CliRun consume(EmbeddedBroker broker, String prefix, String data, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("consume", "--kafka", broker.bootstrapServers(), "--data",
                data, "--topic-prefix", prefix, "--idle-exit", "2"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    /** The first {@code count} messages of the small site's faulty stream, sent in order. */
    private static void send(EmbeddedBroker broker, Topics topics, int count) {
        MessageStream stream = new MessageStream(SmallPlan.plan(), 5, Instant.parse("2026-11-02T06:00:00Z"),
                topics, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (int i = 0; i < count; i++) {
                SimulatedMessage message = stream.next().message();
                producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()));
            }
        }
    }

    /** Deletes the topics and makes them again, empty. */
    private static void makeTopicsAgain(EmbeddedBroker broker, Topics topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.deleteTopics(topics.all()).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (admin.listTopics().names().get(10, TimeUnit.SECONDS).stream().anyMatch(Set.copyOf(topics.all())::contains)) {
                assertThat(System.nanoTime()).as("topics deleted").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        broker.createTopics(topics.all(), 1);
    }

    private static String planInForce(Path data) throws Exception {
        try (FloorStore store = FloorStore.open(data); Connection connection = store.newReadConnection()) {
            return SitePlanStore.load(connection).orElse("(none)");
        }
    }

    private static long[] counts(CliRun run) {
        Matcher summary = SUMMARY.matcher(run.out());
        assertThat(summary.matches()).as("summary line of a run that said %s / %s", run.out(), run.err()).isTrue();
        return new long[] {Long.parseLong(summary.group(1)), Long.parseLong(summary.group(2)),
            Long.parseLong(summary.group(3))};
    }
}
