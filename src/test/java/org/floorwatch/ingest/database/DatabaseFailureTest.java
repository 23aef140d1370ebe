package org.floorwatch.ingest.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.orders.DatabaseSourceState;
import org.floorwatch.localstore.orders.DatabaseSources;
import org.floorwatch.localstore.orders.OrderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that refuses the login, is not there, or stops and starts again: one clear line without the password,
 * a status in the store meanwhile, and polling that carries on by itself.
 */
class DatabaseFailureTest {

    private static final FloorPlan PLAN = FloorPlanLoader.defaultPlan();

    @TempDir
    Path dataDir;

    @Test
    void aWrongPasswordIsOneLineWithoutThePassword() throws Exception {
        TestPostgres postgres = TestPostgres.shared();
        String database = postgres.newDatabase("login");
        String wrong = "not-the-Pa55word";
        DatabaseSource source = new DatabaseSource("login", postgres.url(database) + "?password=" + wrong,
                TestPostgres.USER, PasswordSource.NONE, Map.of(OrderKind.WORK_ORDERS, OrdersDatabase.WORK_ORDERS_QUERY),
                null, null);
        try (FloorStore store = FloorStore.open(dataDir);
             DatabasePoller poller = new DatabasePoller(source, PLAN, store.writer())) {
            assertThatThrownBy(poller::pollOnce).isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain("\n")
                            .contains("password=***").contains("password authentication failed"))
                    .satisfies(e -> assertThat(e.getCause()).isNull());
            assertThat(state(store)).satisfies(s -> assertThat(s.status()).isEqualTo(DatabaseSources.UNREACHABLE))
                    .satisfies(s -> assertThat(s.lastError()).doesNotContain(wrong));
        }
    }

    @Test
    void noDatabaseAtTheAddressIsOneLineWithoutThePassword() {
        for (String url : List.of("jdbc:postgresql://127.0.0.1:1/plant?user=fw&password=Hunter22",
                "jdbc:sqlserver://127.0.0.1:1;databaseName=archive;user=fw;password=Hunter22;loginTimeout=2")) {
            DatabaseLogin login = new DatabaseLogin(url, null, PasswordSource.NONE);
            assertThatThrownBy(login::connect).isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).unreachable()).isTrue())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Hunter22").doesNotContain("\n")
                            .startsWith(url.replace("Hunter22", "***") + ": "));
        }
    }

    @Test
    void aDatabaseStoppedAndStartedAgainIsSaidOnceAndReadOnItsReturn(@TempDir Path pgDir) throws Exception {
        TestPostgres postgres = TestPostgres.start(pgDir.resolve("pg"), 0);
        int port = postgres.port();
        OrdersDatabase db = new OrdersDatabase(postgres, "restart");
        db.sql("INSERT INTO maintenance(work_order, machine, reported, updated_at) VALUES "
                + "('WO-1', 'M-LITHO-1', '2026-11-02 06:00', '2026-11-02 08:00+00')");
        DatabaseSource source = new DatabaseSource("restart", postgres.url(db.database), TestPostgres.USER,
                OrdersDatabase.password(), Map.of(OrderKind.WORK_ORDERS, OrdersDatabase.WORK_ORDERS_QUERY),
                Duration.ofSeconds(1), Duration.ZERO);
        try (FloorStore store = FloorStore.open(dataDir); LoggedLines log = new LoggedLines(DatabasePolling.class);
             DatabasePolling polling = new DatabasePolling(List.of(source), PLAN, store.writer(), () -> { })) {
            waitUntil(Duration.ofSeconds(30), () -> workOrders(store).equals(List.of("WO-1")));

            postgres.close();
            waitUntil(Duration.ofSeconds(30), () -> DatabaseSources.UNREACHABLE.equals(state(store).status()));
            Thread.sleep(3000); // a few more tries while it is down

            TestPostgres again = TestPostgres.start(pgDir.resolve("pg"), port);
            try {
                db.sql("INSERT INTO maintenance(work_order, machine, reported, updated_at) VALUES "
                        + "('WO-2', 'M-ETCH-1', '2026-11-02 06:00', '2026-11-02 09:00+00')");
                waitUntil(Duration.ofSeconds(60), () -> workOrders(store).equals(List.of("WO-1", "WO-2")));
                assertThat(state(store).status()).isEqualTo("ok");
            } finally {
                polling.close();
                again.close();
            }
            List<String> warnings = log.lines().stream().filter(line -> line.startsWith("WARN")).toList();
            assertThat(warnings).singleElement().asString().startsWith("WARN database restart: jdbc:postgresql://")
                    .doesNotContain(TestPostgres.PASSWORD);
            assertThat(log.lines()).contains("INFO database restart answers again");
            assertThat(state(store).lastError()).doesNotContain(TestPostgres.PASSWORD);
        }
    }

    private static void waitUntil(Duration limit, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not so after " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static List<String> workOrders(FloorStore store) throws Exception {
        return OrdersDatabase.stored(store, "SELECT work_order FROM work_orders ORDER BY 1");
    }

    private static DatabaseSourceState state(FloorStore store) throws Exception {
        try (var connection = store.newReadConnection()) {
            return DatabaseSources.all(connection).get(0);
        }
    }
}
