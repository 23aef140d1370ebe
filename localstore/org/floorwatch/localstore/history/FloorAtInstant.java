package org.floorwatch.localstore.history;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.floorplan.SiteTime;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.floorplan.live.HeatLevel;
import org.floorwatch.localstore.report.StationWip;

/**
 * What {@code floor --at} prints (contract section 7), and what the Floor screen shows at that instant: the
 * production day and shift of {@code at}, per station its WIP and today's moves out and errors, per sensor its
 * latest reading and level, and per station the mean WIP over a span (default: from the start of the shift to
 * {@code at}). Stations and sensors in plan order; instants as ISO-8601 with the site's offset at that instant.
 * Mean WIP over an empty span is null (a mean over no time, as a ratio with nothing to divide by).
 */
public record FloorAtInstant(String site, String at, String timezone, LocalDate productionDay, String shift,
                             Span span, List<StationAt> stations, List<SensorAt> sensors, List<HeatAt> heat) {

    /** The heat's span, {@code [from, to)}. */
    public record Span(String from, String to) { }

    public record StationAt(String station, long wip, long processed, long errors) { }

    /** {@code celsius}, {@code ts} and {@code level} are null before the sensor's first reading. */
    public record SensorAt(String sensor, Double celsius, String ts, String level) { }

    public record HeatAt(String station, Double avgWip) { }

    public FloorAtInstant {
        stations = List.copyOf(stations);
        sensors = List.copyOf(sensors);
        heat = List.copyOf(heat);
    }

    /** Reads the floor at {@code at} with the heat over the default span, from the start of at's shift to at. */
    public static FloorAtInstant read(Connection connection, FloorHistory history, Instant at) {
        return read(connection, history, at, history.calendar().shiftAt(at).start(), at);
    }

    /** Reads the floor at {@code at} and the mean WIP over {@code [from, to)} from the store. Blocks. */
    public static FloorAtInstant read(Connection connection, FloorHistory history, Instant at, Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the span ends (" + to + ") before it starts (" + from + ")");
        }
        FloorSnapshot snapshot = history.snapshotAt(connection, at);
        Map<String, Double> mean = to.isAfter(from) ? StationWip.average(connection, from, to) : null;
        return of(history, snapshot, at, from, to, mean);
    }

    /**
     * The document for a snapshot taken at {@code at} and the mean WIP per station over {@code [from, to)} (null
     * when the span is empty); the screen builds it from what it shows.
     */
    public static FloorAtInstant of(FloorHistory history, FloorSnapshot snapshot, Instant at, Instant from, Instant to,
                                    Map<String, Double> meanWip) {
        FloorPlan plan = history.plan();
        SiteTime time = new SiteTime(plan.timezone());
        ShiftSlot shift = history.calendar().shiftAt(at);
        List<StationAt> stations = snapshot.stations().stream()
                .map(s -> new StationAt(s.station(), s.wip(), s.processedToday(), s.errorsToday())).toList();
        List<SensorAt> sensors = snapshot.sensors().stream().map(s -> sensor(s, time)).toList();
        List<HeatAt> heat = plan.stations().stream().map(s -> new HeatAt(s.id(), meanWip == null ? null
                : s.kind().holdsWip() ? meanWip.getOrDefault(s.id(), 0.0) : 0.0)).toList();
        return new FloorAtInstant(plan.site(), time.format(at), plan.timezone().getId(), shift.day(),
                shift.shift().name(), new Span(time.format(from), time.format(to)), stations, sensors, heat);
    }

    /** A station's figures by id. */
    public StationAt station(String id) {
        return stations.stream().filter(s -> s.station().equals(id)).findFirst().orElseThrow();
    }

    private static SensorAt sensor(SensorLive sensor, SiteTime time) {
        if (sensor.level() == HeatLevel.NO_READING) {
            return new SensorAt(sensor.sensor(), null, null, null);
        }
        return new SensorAt(sensor.sensor(), sensor.celsius(), time.format(sensor.readAt()),
                sensor.level().name().toLowerCase(Locale.ROOT));
    }
}
