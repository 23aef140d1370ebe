package org.floorwatch.views.reports;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The layout every report part shares: tiles on top, then titled sections two to a row, in a scroll pane. */
final class Sections {

    private Sections() {
    }

    /** A titled block; {@code height} is its content's preferred height (a table's, a chart's). */
    static VBox section(String title, Node content, double height) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        if (content instanceof javafx.scene.layout.Region region && height > 0) {
            region.setPrefHeight(height);
            region.setMinHeight(height);
        }
        VBox box = new VBox(heading, content);
        box.getStyleClass().add("report-section");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /** Tiles, then the sections in a two-column grid; a section in {@code wide} spans both columns. */
    static ScrollPane page(Node tiles, List<Node> sections, List<Node> wide) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("report-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(half, half);
        int row = 0;
        int column = 0;
        for (Node section : sections) {
            if (wide.contains(section)) {
                row += column;
                column = 0;
                grid.add(section, 0, row++, 2, 1);
            } else {
                grid.add(section, column, row);
                row += column;
                column = 1 - column;
            }
        }
        VBox page = new VBox(tiles, grid);
        page.getStyleClass().add("report-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("report-scroll");
        return scroll;
    }
}
