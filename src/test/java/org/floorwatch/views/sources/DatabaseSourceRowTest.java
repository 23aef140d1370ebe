package org.floorwatch.views.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.floorwatch.localstore.orders.DatabaseSourceState;
import org.floorwatch.views.FloorClock;
import org.junit.jupiter.api.Test;

/** A database source as the Sources table shows it: last poll, rows, watermark, quarantined rows, last error. */
class DatabaseSourceRowTest {

    private static final ReadTimes TIMES = ReadTimes.wall(ZoneOffset.UTC);

    private static final Instant POLLED = Instant.parse("2026-11-03T10:15:00Z");

    @Test
    void aPolledSourceShowsItsWatermarkAndItsLastErrorAfterItRecovered() {
        SourceRow row = SourceRow.of(new DatabaseSourceState("maintenance", "work-orders", POLLED, 12, 3, 1,
                "2026-11-03T10:14:00Z", "WO-17", "ok", "jdbc:postgresql://db/plant: Connection refused",
                Instant.parse("2026-11-03T09:00:00Z")), TIMES);

        assertThat(row).isEqualTo(new SourceRow("maintenance", "database", "work orders (database)",
                "2026-11-03 10:15:00", 12, 3, 1, 0, "read up to 2026-11-03T10:14:00Z (WO-17); last error: "
                + "jdbc:postgresql://db/plant: Connection refused (2026-11-03 09:00:00)", false));
    }

    @Test
    void anUnreachableSourceStandsOutWithWhy() {
        SourceRow row = SourceRow.of(new DatabaseSourceState("erp", "purchase-orders", null, 0, 0, 0, null, null,
                "unreachable", "jdbc:sqlserver://erp: login failed", POLLED), TIMES);

        assertThat(row.refused()).isTrue();
        assertThat(row.status()).isEqualTo("unreachable: jdbc:sqlserver://erp: login failed (2026-11-03 10:15:00)");
        assertThat(row.lastRead()).isEmpty();
    }

    @Test
    void aDebeziumTopicHasNoWatermark() {
        SourceRow row = SourceRow.of(new DatabaseSourceState("kafka:plant.public.purchase_orders", "purchase-orders", POLLED,
                5, 1, 0, null, null, "ok", null, null), TIMES);

        assertThat(row.name()).isEqualTo("plant.public.purchase_orders");
        assertThat(row.kind()).isEqualTo("purchase orders (Debezium)");
        assertThat(row.status()).isEqualTo("read");
    }

    @Test
    void theLastReadIsDatedByTheFloorClock() {
        FloorClock dayBehind = new FloorClock() {
            @Override
            public Instant now() {
                return Instant.now().minus(Duration.ofDays(1));
            }

            @Override
            public double speed() {
                return 1;
            }

            @Override
            public Instant at(Instant wall) {
                return wall.minus(Duration.ofDays(1));
            }
        };
        SourceRow row = SourceRow.of(new DatabaseSourceState("maintenance", "work-orders", POLLED, 1, 0, 0, null, null,
                "ok", null, null), new ReadTimes(dayBehind, ZoneOffset.UTC));

        assertThat(row.lastRead()).isEqualTo("2026-11-02 10:15:00");
    }
}
