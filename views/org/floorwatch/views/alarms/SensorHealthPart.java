package org.floorwatch.views.alarms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Subscription;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmSnapshot;
import org.floorwatch.floorplan.alarm.SensorHealth;

/** The Sensor health tab: every sensor of the plan with its health flags, and the rules that raise them. */
final class SensorHealthPart {

    /** One sensor: its health in words, "fine" when no rule is raised. */
    record SensorRow(String sensor, String station, String health) { }

    private final FloorPlan plan;
    private final TableView<SensorRow> table;

    SensorHealthPart(FloorPlan plan, TableView<SensorRow> table, Label rules) {
        this.plan = plan;
        this.table = table;
        table.getColumns().setAll(List.of(column("Sensor", 140, SensorRow::sensor),
                column("Station", 140, SensorRow::station), column("Health", 260, SensorRow::health)));
        rules.setText(String.format(Locale.ROOT, "Marked \"unusual\" on the map, never an alarm. Flatline: the same "
                + "value %d readings running. Out of range: below %.0f \u00b0C or above the larger of %.0f \u00b0C and "
                + "3 \u00d7 alarm_c. Unusual: an EWMA chart (\u03bb = %.1f) of the readings leaves %.0f standard errors "
                + "around their recent mean (weighted, \u03b1 = %.2f), after %d readings. The rules read the readings as "
                + "they arrive and start over when Floorwatch starts.", SensorHealth.FLATLINE_READINGS,
                SensorHealth.RANGE_MIN_C, SensorHealth.RANGE_MAX_C, SensorHealth.LAMBDA, SensorHealth.LIMIT_SIGMAS,
                SensorHealth.ALPHA, SensorHealth.WARM_UP));
    }

    Subscription follow(AlarmFeed feed) {
        return feed.snapshotProperty().subscribe(this::show);
    }

    private void show(AlarmSnapshot snapshot) {
        Map<String, SensorHealth.Flags> flags = snapshot.health();
        table.getItems().setAll(plan.sensors().stream().map(sensor -> new SensorRow(sensor.id(), sensor.station(),
                flags.containsKey(sensor.id()) ? flags.get(sensor.id()).words() : "fine")).toList());
    }

    private static TableColumn<SensorRow, String> column(String title, double width, Function<SensorRow, String> value) {
        TableColumn<SensorRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
