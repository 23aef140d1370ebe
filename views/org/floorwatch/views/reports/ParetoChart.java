package org.floorwatch.views.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The Pareto of failures as a bar chart: one horizontal bar per station and error code, most failures on top,
 * each labelled with the cumulative share of failures up to it. The first {@value #BARS} bars are drawn; the table
 * beside it lists them all.
 */
final class ParetoChart {

    static final int BARS = 12;

    private final CategoryAxis categories = new CategoryAxis();
    private final NumberAxis counts = new NumberAxis();
    private final BarChart<Number, String> chart = new BarChart<>(counts, categories);

    ParetoChart() {
        chart.setId("pareto");
        categories.setAutoRanging(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        counts.setLabel("failures (each bar: cumulative share of failures)");
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(WholeNumbers.CONVERTER);
    }

    Node view() {
        return chart;
    }

    /** The bars' categories as drawn from the top (the most failures) down, e.g. {@code CHECK · E9}. */
    List<String> categories() {
        List<String> topDown = new ArrayList<>(categories.getCategories());
        Collections.reverse(topDown);
        return topDown;
    }

    void show(List<ParetoRow> rows) {
        List<ParetoRow> drawn = rows.subList(0, Math.min(BARS, rows.size()));
        XYChart.Series<Number, String> bars = new XYChart.Series<>();
        for (ParetoRow row : drawn) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(row.failures(), row.label());
            String cumulative = Numbers.percent(row.cumulative());
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node instanceof StackPane pane) {
                    Label label = new Label(cumulative);
                    label.getStyleClass().add("pareto-cumulative");
                    label.setMinWidth(Label.USE_PREF_SIZE);
                    StackPane.setAlignment(label, Pos.CENTER_RIGHT);
                    pane.getChildren().setAll(label);
                }
            });
            bars.getData().add(bar);
        }
        // a vertical category axis runs bottom-up: the first category, at the bottom, has the fewest failures
        List<String> bottomUp = new ArrayList<>(drawn.stream().map(ParetoRow::label).toList());
        Collections.reverse(bottomUp);
        chart.getData().clear();
        categories.getCategories().setAll(bottomUp);
        chart.getData().setAll(List.of(bars));
    }
}
