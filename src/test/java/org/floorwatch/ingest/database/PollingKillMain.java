package org.floorwatch.ingest.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.orders.OrderKind;

/**
 * Child process for {@link PollingKillTest}: polls work orders two rows a batch, commits the first batch, reads the
 * second, says so and waits there (before committing it) to be killed. Arguments: data folder, JDBC URL, password
 * file.
 */
public final class PollingKillMain {

    private PollingKillMain() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseSource source = new DatabaseSource("killed", args[1], TestPostgres.USER,
                PasswordSource.file(Path.of(args[2])), Map.of(OrderKind.WORK_ORDERS, OrdersDatabase.WORK_ORDERS_QUERY),
                null, Duration.ZERO);
        try (FloorStore store = FloorStore.open(Path.of(args[0]));
             DatabasePoller poller = new DatabasePoller(source, FloorPlanLoader.defaultPlan(), store.writer());
             QueryRead read = poller.start(OrderKind.WORK_ORDERS, 2)) {
            store.writer().write(read.next());
            System.out.println("committed 2");
            IngestBatch second = read.next();
            System.out.println("read " + second.orders().size());
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            store.writer().write(second);
        }
    }
}
