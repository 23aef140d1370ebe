package org.floorwatch.views.alarms;

import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.floorwatch.floorplan.alarm.AlarmPriority;

/**
 * An alarm priority as a shape, as on the map: a triangle for high, a diamond for medium, a square for low; filled
 * until acknowledged, outlined after. Its colour comes from the style classes {@code priority-high|medium|low}.
 */
final class PriorityGlyph {

    private static final double SIZE = 12;

    private PriorityGlyph() {
    }

    static Shape of(AlarmPriority priority, boolean acknowledged) {
        double h = SIZE / 2;
        Polygon shape = switch (priority) {
            case HIGH -> new Polygon(h, 0, SIZE, SIZE, 0, SIZE);
            case MEDIUM -> new Polygon(h, 0, SIZE, h, h, SIZE, 0, h);
            case LOW -> new Polygon(1, 1, SIZE - 1, 1, SIZE - 1, SIZE - 1, 1, SIZE - 1);
        };
        shape.getStyleClass().addAll("priority-glyph", "priority-" + priority.word(), acknowledged ? "acked" : "unacked");
        return shape;
    }
}
