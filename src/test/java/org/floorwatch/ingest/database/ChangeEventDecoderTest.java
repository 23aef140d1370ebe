package org.floorwatch.ingest.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.localstore.files.WorkOrderRow;
import org.floorwatch.localstore.orders.OrderKind;
import org.floorwatch.localstore.orders.PurchaseOrderRow;
import org.junit.jupiter.api.Test;

/**
 * Change events written by hand as Debezium's documentation shows them for PostgreSQL, for the cases a capture in a
 * test does not make: no schema with epoch numbers, a delete known only by its key, operations that are not read, and
 * messages that are not change events.
 */
class ChangeEventDecoderTest {

    private final ChangeEventDecoder decoder = new ChangeEventDecoder(FloorPlanLoader.defaultPlan());

    @Test
    void readsEpochMicrosecondsAndZonedTextWithoutASchema() {
        // reported: timestamp(6) -> io.debezium.time.MicroTimestamp; resolved: timestamptz -> ZonedTimestamp
        ChangeEventDecoder.Decoded decoded = decode(OrderKind.WORK_ORDERS, "{\"work_order\":\"WO-9\"}", """
                {"before":null,"after":{"work_order":"WO-9","machine":"M-LITHO-1","fault":"drift","severity":"high",
                 "reported":1793600100123456,"started":null,"resolved":"2026-11-02T09:15:00.000000Z","technician":null},
                 "source":{"connector":"postgresql","table":"maintenance"},"op":"c","ts_ms":1793600200000}""");

        WorkOrderRow row = (WorkOrderRow) decoded.change().row();
        assertThat(row.reported()).isEqualTo(Instant.parse("2026-11-02T06:15:00.123456Z"));
        assertThat(row.resolved()).isEqualTo(Instant.parse("2026-11-02T09:15:00Z"));
        assertThat(decoded.change().source()).isEqualTo("kafka:plant.public.maintenance");
    }

    @Test
    void aDeleteWithoutItsBeforeTakesTheKeyFromTheMessageKey() {
        ChangeEventDecoder.Decoded decoded = decode(OrderKind.PURCHASE_ORDERS,
                "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"string\",\"optional\":false,"
                        + "\"field\":\"order_id\"}]},\"payload\":{\"order_id\":\"PO-7\"}}",
                "{\"before\":null,\"after\":null,\"op\":\"d\"}");

        assertThat(decoded.change().isRemoval()).isTrue();
        assertThat(decoded.change().key()).isEqualTo("PO-7");
    }

    @Test
    void quantitiesAsDecimalTextAreRead() {
        ChangeEventDecoder.Decoded decoded = decode(OrderKind.PURCHASE_ORDERS, null, """
                {"after":{"order_id":"PO-1","direction":"in","item":"resist","quantity":"12.50","status":"requested",
                 "requested":"2026-11-02T08:00:00Z","confirmed":null,"received":null,"counterparty":"ChemCo"},"op":"r"}""");

        assertThat(((PurchaseOrderRow) decoded.change().row()).quantity()).isEqualTo(12.5);
    }

    @Test
    void whatIsNotAChangeOfARowIsQuarantinedWithItsReason() {
        assertThat(decode(OrderKind.WORK_ORDERS, null, "{\"op\":\"t\",\"before\":null,\"after\":null}").rejection())
                .isEqualTo("op 't' is not read (only c, r, u and d)");
        assertThat(decode(OrderKind.WORK_ORDERS, null, "{not json").rejection()).isEqualTo("not JSON");
        assertThat(decode(OrderKind.WORK_ORDERS, null, "{\"work_order\":\"WO-1\"}").rejection())
                .isEqualTo("not a Debezium change event (no 'op')");
        assertThat(decode(OrderKind.PURCHASE_ORDERS, null, """
                {"after":{"order_id":"PO-2","direction":"in","item":"x","quantity":"BOI=","status":"requested",
                 "requested":"2026-11-02T08:00:00Z","confirmed":null,"received":null,"counterparty":null},"op":"c"}""")
                .rejection()).startsWith("quantity 'BOI=' is not a number (a Debezium decimal without its schema");
    }

    @Test
    void aTombstoneChangesNothingAndCountsAsADuplicate() {
        ChangeEventDecoder.Decoded decoded = decoder.decode(OrderKind.WORK_ORDERS, "plant.public.maintenance",
                "{\"work_order\":\"WO-9\"}".getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.change().isSkipped()).isTrue();
        assertThat(decoded.change().key()).isEqualTo("WO-9");
    }

    private ChangeEventDecoder.Decoded decode(OrderKind kind, String key, String value) {
        return decoder.decode(kind, "plant.public.maintenance", key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
    }
}
