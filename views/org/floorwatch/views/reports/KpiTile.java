package org.floorwatch.views.reports;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.Tile.TextSize;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.floorwatch.views.theme.Theme;

/**
 * A report screen's KPI tile (TilesFX, styled like the Floor screen's): a title, the figure large (a label with
 * the tile's id and {@code -value}, so it reads as text whatever it holds) and a short note under it (unit, what
 * it is taken over).
 */
final class KpiTile {

    private KpiTile() {
    }

    static Tile of(String id, String title) {
        Label figure = new Label(Numbers.NONE);
        figure.setId(id + "-value");
        figure.getStyleClass().add("kpi-figure");
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(title).graphic(figure).text("")
                .prefSize(180, 104).minHeight(92).maxHeight(112).maxWidth(Double.MAX_VALUE)
                .animated(false).roundedCorners(false).textSize(TextSize.BIGGER)
                .backgroundColor(Theme.PANEL).foregroundColor(Theme.TEXT)
                .titleColor(Theme.TEXT_DIM).textColor(Theme.TEXT_DIM).textVisible(true)
                .build();
        tile.setId(id);
        tile.getStyleClass().add("kpi-tile");
        return tile;
    }

    static void show(Tile tile, String figure, String note) {
        ((Label) tile.getGraphic()).setText(figure);
        tile.setText(note);
    }

    /** A row of tiles sharing its width. */
    static HBox row(List<Tile> tiles) {
        tiles.forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));
        HBox row = new HBox();
        row.getStyleClass().add("kpi-row");
        row.getChildren().setAll(tiles);
        return row;
    }
}
