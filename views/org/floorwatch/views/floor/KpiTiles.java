package org.floorwatch.views.floor;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.Tile.TextSize;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.text.TextAlignment;
import org.floorwatch.views.theme.Theme;

/**
 * The KPI tiles across the top of the Floor screen (TilesFX): parts completed this shift, WIP, throughput per
 * hour and the current bottleneck. Dark and calm: grey on grey, no animation, numbers only.
 */
final class KpiTiles {

    private final Tile completed = number("Completed this shift", "parts");
    private final Tile wip = number("Work in progress", "parts");
    private final Tile throughput = number("Throughput, last hour", "parts/h");
    private final Tile bottleneck = styled(TileBuilder.create().skinType(SkinType.TEXT)
            .title("Current bottleneck").description("-").descriptionAlignment(Pos.CENTER)
            .textAlignment(TextAlignment.CENTER));
    private final UnaryOperator<String> stationName;

    KpiTiles(UnaryOperator<String> stationName) {
        this.stationName = stationName;
        completed.setId("kpi-completed");
        wip.setId("kpi-wip");
        throughput.setId("kpi-throughput");
        bottleneck.setId("kpi-bottleneck");
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

    private static Tile number(String title, String unit) {
        return styled(TileBuilder.create().skinType(SkinType.NUMBER).title(title).unit(unit).decimals(0).value(0));
    }

    private static Tile styled(TileBuilder<?> builder) {
        Tile tile = builder.prefSize(220, 110).minHeight(96).maxHeight(120).maxWidth(Double.MAX_VALUE)
                .animated(false).roundedCorners(false).textSize(TextSize.BIGGER)
                .backgroundColor(Theme.PANEL).foregroundColor(Theme.TEXT)
                .titleColor(Theme.TEXT_DIM).valueColor(Theme.TEXT).unitColor(Theme.TEXT_DIM)
                .descriptionColor(Theme.TEXT).textColor(Theme.TEXT_DIM)
                .build();
        tile.getStyleClass().add("kpi-tile");
        return tile;
    }
}
