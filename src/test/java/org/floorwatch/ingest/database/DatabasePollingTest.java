package org.floorwatch.ingest.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.orders.DatabaseSourceState;
import org.floorwatch.localstore.orders.DatabaseSources;
import org.floorwatch.localstore.orders.OrderKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling a real PostgreSQL: inserts, updates, rows at the watermark's instant, bad rows, failures. */
class DatabasePollingTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();

    @TempDir
    Path dataDir;

    private OrdersDatabase db;
    private FloorStore store;

    @BeforeEach
    void setUp() {
        db = new OrdersDatabase(TestPostgres.shared(), "polling");
        store = FloorStore.open(dataDir);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void insertedRowsAreStoredAndALaterUpdateWins() throws Exception {
        db.sql("INSERT INTO maintenance VALUES ('WO-1', 'M-LITHO-1', 'laser drift', 'high', '2026-11-02 06:15', "
                        + "'2026-11-02 06:30', NULL, 'ana', '2026-11-02 06:15+00')",
                "INSERT INTO maintenance VALUES ('WO-2', 'M-ETCH-1', 'leak', 'low', '2026-11-02 07:00', NULL, NULL, "
                        + "NULL, '2026-11-02 07:00+00')");
        try (DatabasePoller poller = new DatabasePoller(db.source("maintenance"), PLAN, store.writer())) {
            assertThat(poller.pollOnce().line()).isEqualTo("imported: 2 new, 0 duplicate, 0 quarantined, 0 refused");
            assertThat(poller.pollOnce().line()).isEqualTo("imported: 0 new, 0 duplicate, 0 quarantined, 0 refused");

            db.sql("UPDATE maintenance SET resolved = '2026-11-02 09:45', updated_at = '2026-11-02 10:00+00' "
                    + "WHERE work_order = 'WO-1'");
            assertThat(poller.pollOnce().line()).isEqualTo("imported: 1 new, 0 duplicate, 0 quarantined, 0 refused");
        }
        // Local times are the site's (Europe/London is UTC in November).
        assertThat(OrdersDatabase.stored(store, "SELECT work_order || ' ' || coalesce(strftime(resolved, '%H:%M'), '-') "
                + "|| ' ' || source FROM work_orders ORDER BY 1")).containsExactly("WO-1 09:45 maintenance",
                "WO-2 - maintenance");
        DatabaseSourceState state = state("maintenance", OrderKind.WORK_ORDERS);
        assertThat(state.watermark()).isEqualTo("2026-11-02T10:00:00Z");
        assertThat(state.lastKey()).isEqualTo("WO-1");
        assertThat(state.rowsTaken()).isEqualTo(3);
        assertThat(state.status()).isEqualTo("ok");
    }

    @Test
    void rowsUpdatedAtTheWatermarksInstantAreNotLostAcrossPolls() throws Exception {
        db.sql("INSERT INTO maintenance(work_order, machine, reported, updated_at) VALUES "
                + "('WO-A', 'M-LITHO-1', '2026-11-02 06:00', '2026-11-02 08:00+00'), "
                + "('WO-B', 'M-LITHO-1', '2026-11-02 06:00', '2026-11-02 08:00+00')");
        DatabaseSource source = new DatabaseSource("ties", db.postgres.url(db.database), TestPostgres.USER,
                OrdersDatabase.password(), Map.of(OrderKind.WORK_ORDERS, OrdersDatabase.WORK_ORDERS_QUERY), null,
                java.time.Duration.ZERO);
        try (DatabasePoller poller = new DatabasePoller(source, PLAN, store.writer())) {
            // A poll that stops after its first row: the watermark is (08:00, WO-A), WO-B is still to be read.
            try (QueryRead read = poller.start(OrderKind.WORK_ORDERS, 1)) {
                IngestBatch first = read.next();
                assertThat(first.orders()).extracting(c -> c.key()).containsExactly("WO-A");
                store.writer().write(first);
            }
            assertThat(state("ties", OrderKind.WORK_ORDERS).lastKey()).isEqualTo("WO-A");

            // A row committed later with the same instant and a greater key is read too.
            db.sql("INSERT INTO maintenance(work_order, machine, reported, updated_at) VALUES "
                    + "('WO-C', 'M-ETCH-1', '2026-11-02 06:00', '2026-11-02 08:00+00')");
            ImportSummary second = poller.pollOnce();
            assertThat(second.line()).isEqualTo("imported: 2 new, 0 duplicate, 0 quarantined, 0 refused");
        }
        assertThat(OrdersDatabase.stored(store, "SELECT work_order FROM work_orders ORDER BY 1"))
                .containsExactly("WO-A", "WO-B", "WO-C");
    }

    @Test
    void rowsThatBreakARuleAreQuarantinedWithTheirReasonAndTheOthersGoIn() throws Exception {
        db.sql("INSERT INTO maintenance(work_order, machine, reported, resolved, updated_at) VALUES "
                        + "('WO-1', 'M-NOWHERE', '2026-11-02 06:00', NULL, '2026-11-02 08:00+00'), "
                        + "('WO-2', 'M-LITHO-1', '2026-11-02 06:00', '2026-11-02 05:00', '2026-11-02 08:01+00'), "
                        + "('WO-3', 'M-LITHO-1', '2026-11-02 06:00', '2026-11-02 07:00', '2026-11-02 08:02+00')",
                "INSERT INTO purchasing VALUES ('PO-1', 'in', 'wafers', 100, 'lost', '2026-11-01 09:00+00', NULL, "
                        + "NULL, 'Acme', '2026-11-02 08:00'), ('PO-2', 'IN', 'wafers', 50, 'Confirmed', "
                        + "'2026-11-01 09:00+00', '2026-11-01 12:00+00', NULL, 'Acme', '2026-11-02 08:00')");
        try (DatabasePoller poller = new DatabasePoller(db.source("plant"), PLAN, store.writer())) {
            assertThat(poller.pollOnce().line()).isEqualTo("imported: 2 new, 0 duplicate, 3 quarantined, 0 refused");
            assertThat(poller.pollOnce().line()).isEqualTo("imported: 0 new, 0 duplicate, 0 quarantined, 0 refused");
        }
        assertThat(OrdersDatabase.stored(store, "SELECT reason FROM quarantine")).containsExactlyInAnyOrder(
                "machine 'M-NOWHERE' is not in the floor plan", "resolved is before reported",
                "status 'lost' is not one of [cancelled, confirmed, received, requested]");
        assertThat(OrdersDatabase.stored(store, "SELECT order_id || ' ' || direction || ' ' || status || ' ' || quantity "
                + "FROM purchase_orders")).containsExactly("PO-2 in confirmed 50.0");
        assertThat(state("plant", OrderKind.WORK_ORDERS).quarantined()).isEqualTo(2);
        assertThat(state("plant", OrderKind.PURCHASE_ORDERS).quarantined()).isEqualTo(1);
    }

    @Test
    void aRowUpdatedWithinTheSettleTimeWaitsForALaterPoll() throws Exception {
        db.sql("INSERT INTO maintenance(work_order, machine, reported) VALUES ('WO-NOW', 'M-LITHO-1', '2026-11-02 06:00')");
        DatabaseSource settling = new DatabaseSource("settling", db.postgres.url(db.database), TestPostgres.USER,
                OrdersDatabase.password(), Map.of(OrderKind.WORK_ORDERS, OrdersDatabase.WORK_ORDERS_QUERY), null,
                java.time.Duration.ofMinutes(10));
        try (DatabasePoller poller = new DatabasePoller(settling, PLAN, store.writer())) {
            assertThat(poller.pollOnce().newEvents()).isZero();
        }
        java.time.Clock later = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(11));
        try (DatabasePoller poller = new DatabasePoller(settling, PLAN, store.writer(), later)) {
            assertThat(poller.pollOnce().newEvents()).isEqualTo(1);
        }
    }

    @Test
    void aQueryWithoutTheKindsColumnsFailsWithOneLineAndAStatus() throws Exception {
        DatabaseSource wrong = new DatabaseSource("wrong", db.postgres.url(db.database), TestPostgres.USER,
                OrdersDatabase.password(), Map.of(OrderKind.WORK_ORDERS, "SELECT work_order, updated_at FROM maintenance"),
                null, null);
        try (DatabasePoller poller = new DatabasePoller(wrong, PLAN, store.writer())) {
            assertThatThrownBy(poller::pollOnce).isInstanceOf(DatabaseException.class)
                    .hasMessage("the work-orders query of database wrong gives no column(s) [machine, fault, severity, "
                            + "reported, started, resolved, technician]");
        }
        DatabaseSourceState state = state("wrong", OrderKind.WORK_ORDERS);
        assertThat(state.status()).isEqualTo(DatabaseSources.QUERY_FAILED);
        assertThat(state.lastError()).startsWith("the work-orders query of database wrong gives no column(s)");
    }

    private DatabaseSourceState state(String source, OrderKind kind) throws Exception {
        try (var connection = store.newReadConnection()) {
            return DatabaseSources.all(connection).stream()
                    .filter(s -> s.source().equals(source) && s.kind().equals(kind.code())).findFirst().orElseThrow();
        }
    }
}
