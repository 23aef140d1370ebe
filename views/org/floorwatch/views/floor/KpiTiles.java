package org.floorwatch.views.floor;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import java.util.function.UnaryOperator;
import org.floorwatch.views.theme.KpiTile;

/**
 * The KPI tiles across the top of the Floor screen: parts completed this shift, WIP, throughput per hour and the
 * current bottleneck.
 */
final class KpiTiles {

    private final Tile completed = KpiTile.number("kpi-completed", "Completed this shift", "parts");
    private final Tile wip = KpiTile.number("kpi-wip", "Work in progress", "parts");
    private final Tile throughput = KpiTile.number("kpi-throughput", "Throughput, last hour", "parts/h");
    private final Tile bottleneck = KpiTile.text("kpi-bottleneck", "Current bottleneck");
    private final UnaryOperator<String> stationName;

    KpiTiles(UnaryOperator<String> stationName) {
        this.stationName = stationName;
    }

    List<Tile> tiles() {
        return List.of(completed, wip, throughput, bottleneck);
    }

    void show(FloorKpis kpis) {
        completed.setValue(kpis.completedThisShift());
        wip.setValue(kpis.wip());
        throughput.setValue(kpis.completedLastHour());
        bottleneck.setDescription(kpis.bottleneck() == null ? "-" : stationName.apply(kpis.bottleneck()));
        bottleneck.setText(kpis.bottleneck() == null ? "" : kpis.bottleneck() + " \u00b7 WIP " + kpis.bottleneckWip());
    }
}
