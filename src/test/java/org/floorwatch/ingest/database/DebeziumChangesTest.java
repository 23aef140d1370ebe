package org.floorwatch.ingest.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change events from Debezium itself, captured from a real PostgreSQL with {@code wal_level=logical} and put on the
 * built-in broker, read by the same consumer as the floor topics: snapshot, insert, update, delete and tombstone,
 * with the JSON schema (work orders) and without it (purchase orders).
 */
class DebeziumChangesTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();

    @TempDir
    Path dataDir;

    @Test
    void insertsUpdatesAndDeletesFromDebeziumEndInTheStoreWithTheirOffsets() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        String prefix = SharedBroker.topicPrefix("debezium");
        OrdersDatabase db = new OrdersDatabase(TestPostgres.shared(), "debezium");
        db.sql("INSERT INTO maintenance(work_order, machine, fault, reported) VALUES "
                        + "('WO-1', 'M-LITHO-1', 'drift', '2026-11-02 06:15:30.123456')",
                "INSERT INTO purchasing(order_id, direction, item, quantity, status, requested) VALUES "
                        + "('PO-0', 'in', 'wafers', 12.5, 'requested', '2026-11-02 09:00+01')");
        String workTopic = DebeziumCapture.topic(prefix + "wo", "maintenance");
        String purchaseTopic = DebeziumCapture.topic(prefix + "po", "purchasing");
        broker.createTopics(List.of(workTopic, purchaseTopic), 1);
        Properties decimalsAsText = new Properties();
        decimalsAsText.setProperty("decimal.handling.mode", "string");
        try (DebeziumCapture work = new DebeziumCapture(db.postgres, db.database, "maintenance", prefix + "wo", true,
                broker.bootstrapServers(), new Properties());
             DebeziumCapture purchase = new DebeziumCapture(db.postgres, db.database, "purchasing", prefix + "po",
                     false, broker.bootstrapServers(), decimalsAsText)) {
            waitUntil(() -> work.produced() == 1 && purchase.produced() == 1); // the snapshots
            db.sql("INSERT INTO maintenance(work_order, machine, reported) VALUES ('WO-2', 'M-ETCH-1', '2026-11-02 07:00')",
                    "UPDATE maintenance SET machine = 'M-LITHO-2', resolved = '2026-11-02 08:00' WHERE work_order = 'WO-1'",
                    "DELETE FROM maintenance WHERE work_order = 'WO-2'",
                    "UPDATE purchasing SET status = 'received', received = '2026-11-03 10:30+01' WHERE order_id = 'PO-0'");
            waitUntil(() -> work.produced() == 5 && purchase.produced() == 2); // c, u, d, tombstone; u
        }

        KafkaSettings settings = KafkaSettings.plain(broker.bootstrapServers(), Topics.withPrefix(prefix))
                .withChanges(new ChangeTopics(List.of(workTopic), List.of(purchaseTopic)));
        try (FloorStore store = FloorStore.open(dataDir)) {
            ImportSummary first = consume(settings, store);
            assertThat(first.newEvents() + first.duplicates()).isEqualTo(7);
            assertThat(first.quarantined()).isZero();
            assertThat(OrdersDatabase.stored(store, "SELECT work_order || ' ' || machine || ' ' || strftime(reported, "
                    + "'%H:%M:%S.%f') || ' ' || strftime(resolved, '%H:%M') || ' ' || source FROM work_orders"))
                    .containsExactly("WO-1 M-LITHO-2 06:15:30.123456 08:00 kafka:" + workTopic);
            assertThat(OrdersDatabase.stored(store, "SELECT order_id || ' ' || status || ' ' || quantity || ' ' "
                    + "|| strftime(requested, '%Y-%m-%d %H:%M') || ' ' || strftime(received, '%Y-%m-%d %H:%M') "
                    + "FROM purchase_orders")).containsExactly("PO-0 received 12.5 2026-11-02 08:00 2026-11-03 09:30");

            assertThat(consume(settings, store).line()).isEqualTo("imported: 0 new, 0 duplicate, 0 quarantined, 0 refused");
            try (var connection = store.newReadConnection()) {
                assertThat(org.floorwatch.localstore.orders.DatabaseSources.all(connection))
                        .extracting(s -> s.source() + " " + s.kind() + " " + (s.rowsTaken() + s.duplicates()))
                        .containsExactly("kafka:" + purchaseTopic + " purchase-orders 2",
                                "kafka:" + workTopic + " work-orders 5");
            }
        }
    }

    private static ImportSummary consume(KafkaSettings settings, FloorStore store) {
        try (KafkaIngest ingest = new KafkaIngest(settings, new MessageDecoder(PLAN), new ChangeEventDecoder(PLAN),
                store.writer(), store.reader(), status -> { })) {
            return ingest.run(Duration.ofSeconds(4));
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Debezium did not produce the expected changes in time");
            }
            Thread.sleep(100);
        }
    }
}
