package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.live.FloorSnapshot.PartInTransit;
import org.junit.jupiter.api.Test;

class TransitPartsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void onlyPartsStillOnTheirWayAreShownAndUnknownStationsAreSkipped() {
        TransitParts parts = new TransitParts();
        parts.update(List.of(
                new PartInTransit("halfway", "T", "IN", "PRESS", NOW.minusSeconds(2)),
                new PartInTransit("arrived", "T", "IN", "PRESS", NOW.minusSeconds(5)),
                new PartInTransit("entering", "T", null, "IN", NOW),
                new PartInTransit("lost", "T", "IN", "NOWHERE", NOW.minusSeconds(1))), new FloorGeometry(SmallPlan.plan()));

        assertThat(parts.onTheWay(TransitParts.seconds(NOW))).isEqualTo(2);
        assertThat(parts.onTheWay(TransitParts.seconds(NOW) + 2.5)).isEqualTo(1);
        assertThat(parts.onTheWay(TransitParts.seconds(NOW.plusSeconds(10)))).isZero();
    }
}
