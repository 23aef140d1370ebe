package org.floorwatch.views.theme;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.Tile.TextSize;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;

/**
 * The one way a screen makes a KPI tile (TilesFX): dark and calm, grey on grey, no animation, numbers only, in the
 * theme's colours. The Floor screen's tiles are larger ({@link #number}, {@link #text}); a report's ({@link #of})
 * show their figure as a label with the tile's id and {@code -value}, so it reads as text whatever it holds, and a
 * short note under it.
 */
public final class KpiTile {

    private KpiTile() {
    }

    /** A Floor screen tile showing a whole number and its unit. */
    public static Tile number(String id, String title, String unit) {
        return floor(id, TileBuilder.create().skinType(SkinType.NUMBER).title(title).unit(unit).decimals(0).value(0));
    }

    /** A Floor screen tile showing a word large ({@code setDescription}) and a line under it ({@code setText}). */
    public static Tile text(String id, String title) {
        return floor(id, TileBuilder.create().skinType(SkinType.TEXT).title(title).description("-")
                .descriptionAlignment(Pos.CENTER).textAlignment(TextAlignment.CENTER));
    }

    /** A report tile: a title, the figure large and a note under it (see {@link #show}). */
    public static Tile of(String id, String title) {
        Label figure = new Label("\u2013");
        figure.setId(id + "-value");
        figure.getStyleClass().add("kpi-figure");
        return styled(id, TileBuilder.create().skinType(SkinType.CUSTOM).title(title).graphic(figure).text("")
                .prefSize(180, 104).minHeight(92).maxHeight(112).textVisible(true));
    }

    /** Shows a report tile's figure and note. */
    public static void show(Tile tile, String figure, String note) {
        ((Label) tile.getGraphic()).setText(figure);
        tile.setText(note);
    }

    /** A row of tiles sharing its width. */
    public static HBox row(List<Tile> tiles) {
        tiles.forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));
        HBox row = new HBox();
        row.getStyleClass().add("kpi-row");
        row.getChildren().setAll(tiles);
        return row;
    }

    private static Tile floor(String id, TileBuilder<?> builder) {
        return styled(id, builder.prefSize(220, 110).minHeight(96).maxHeight(120));
    }

    private static Tile styled(String id, TileBuilder<?> builder) {
        Tile tile = builder.maxWidth(Double.MAX_VALUE).animated(false).roundedCorners(false).textSize(TextSize.BIGGER)
                .backgroundColor(Theme.PANEL).foregroundColor(Theme.TEXT)
                .titleColor(Theme.TEXT_MID).valueColor(Theme.TEXT).unitColor(Theme.TEXT_MID)
                .descriptionColor(Theme.TEXT).textColor(Theme.TEXT_MID)
                .build();
        tile.setId(id);
        tile.getStyleClass().add("kpi-tile");
        return tile;
    }
}
