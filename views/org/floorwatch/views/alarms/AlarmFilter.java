package org.floorwatch.views.alarms;

import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.floorplan.alarm.AlarmPriority;

/**
 * The alarm list's filters, each null for "all": priority, kind, station, department, state. A sensor's alarms
 * belong to its station and that station's department.
 */
record AlarmFilter(AlarmPriority priority, AlarmKind kind, String station, String department, StateFilter state) {

    static final AlarmFilter ALL = new AlarmFilter(null, null, null, null, StateFilter.ALL);

    boolean matches(Row row, StationOf stations) {
        String at = stations.station(row);
        return (priority == null || row.episode().priority() == priority)
                && (kind == null || row.episode().kind() == kind)
                && (station == null || station.equals(at))
                && (department == null || department.equals(stations.department(at)))
                && (state == null || state.matches(row));
    }

    /** Where an alarm is: the station of its sensor (or the station itself) and its department. */
    static final class StationOf {
        private final Map<String, FloorPlan.Sensor> sensors;
        private final Map<String, FloorPlan.Station> stations;

        StationOf(FloorPlan plan) {
            this.sensors = plan.sensorsById();
            this.stations = plan.stationsById();
        }

        String station(Row row) {
            String source = row.episode().source();
            if (row.episode().kind().ofSensor()) {
                FloorPlan.Sensor sensor = sensors.get(source);
                return sensor == null ? null : sensor.station();
            }
            return source;
        }

        String department(String station) {
            FloorPlan.Station found = station == null ? null : stations.get(station);
            return found == null ? null : found.department();
        }
    }
}
