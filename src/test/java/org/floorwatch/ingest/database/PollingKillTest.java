package org.floorwatch.ingest.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.localstore.ChildJvm;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.orders.DatabaseSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A poll killed like {@code kill -9} between reading rows and committing them neither loses nor repeats a change. */
class PollingKillTest {

    @TempDir
    Path dataDir;

    @Test
    void aPollKilledBetweenReadingAndCommittingResumesAtTheCommittedWatermark() throws Exception {
        OrdersDatabase db = new OrdersDatabase(TestPostgres.shared(), "killed");
        for (int i = 1; i <= 5; i++) {
            db.sql("INSERT INTO maintenance(work_order, machine, reported, updated_at) VALUES ('WO-" + i
                    + "', 'M-LITHO-1', '2026-11-02 06:00', '2026-11-02 08:0" + (i / 2) + "+00')");
        }
        Path passwordFile = OrdersDatabase.password().file();
        try (ChildJvm child = ChildJvm.start(PollingKillMain.class, dataDir.toString(), db.postgres.url(db.database),
                passwordFile.toString())) {
            assertThat(child.readLine()).isEqualTo("committed 2");
            assertThat(child.readLine()).isEqualTo("read 2");
            child.kill();
        }

        try (FloorStore store = FloorStore.open(dataDir)) {
            assertThat(OrdersDatabase.stored(store, "SELECT work_order FROM work_orders ORDER BY 1"))
                    .containsExactly("WO-1", "WO-2");
            try (var connection = store.newReadConnection()) {
                assertThat(DatabaseSources.all(connection)).singleElement()
                        .satisfies(s -> assertThat(s.lastKey()).isEqualTo("WO-2"))
                        .satisfies(s -> assertThat(s.rowsTaken()).isEqualTo(2));
            }
            DatabaseSource source = new DatabaseSource("killed", db.postgres.url(db.database), TestPostgres.USER,
                    PasswordSource.file(passwordFile), java.util.Map.of(
                            org.floorwatch.localstore.orders.OrderKind.WORK_ORDERS, OrdersDatabase.WORK_ORDERS_QUERY),
                    null, java.time.Duration.ZERO);
            try (DatabasePoller poller = new DatabasePoller(source, FloorPlanLoader.defaultPlan(), store.writer())) {
                assertThat(poller.pollOnce().line()).isEqualTo("imported: 3 new, 0 duplicate, 0 quarantined, 0 refused");
            }
            assertThat(OrdersDatabase.stored(store, "SELECT work_order FROM work_orders ORDER BY 1"))
                    .containsExactly("WO-1", "WO-2", "WO-3", "WO-4", "WO-5");
        }
    }
}
