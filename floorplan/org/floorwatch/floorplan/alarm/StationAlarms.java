package org.floorwatch.floorplan.alarm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Sensor;

/**
 * What the map marks on each station in alarm: the most urgent of its active alarms (its sensors' and its own),
 * said in words as well as by shape, how many more it has, and whether that one was acknowledged. Shelved alarms are
 * not marked (they leave the banner and the map; the list and the journal keep them).
 */
public final class StationAlarms {

    /** One station's mark: {@code words} such as "HEAT ALARM", {@code more} the other active alarms there. */
    public record Mark(String station, AlarmPriority priority, String words, int more, boolean acknowledged) { }

    private static final Comparator<AlarmBoard.Row> MOST_URGENT = Comparator
            .comparing((AlarmBoard.Row r) -> r.episode().priority())
            .thenComparing(AlarmBoard.Row::acknowledged)
            .thenComparing(r -> r.episode().start(), Comparator.reverseOrder());

    private StationAlarms() {
    }

    /** The marks of the board's active, unshelved alarms, by station id. */
    public static Map<String, Mark> of(FloorPlan plan, AlarmBoard board) {
        return of(plan, board.rows().stream().filter(r -> r.active() && r.shelving() == null).toList());
    }

    /** The marks of the given rows (those active at the instant shown), by station id. */
    public static Map<String, Mark> of(FloorPlan plan, Collection<AlarmBoard.Row> active) {
        Map<String, String> stationOfSensor = new LinkedHashMap<>();
        for (Sensor sensor : plan.sensors()) {
            stationOfSensor.put(sensor.id(), sensor.station());
        }
        Map<String, List<AlarmBoard.Row>> byStation = new LinkedHashMap<>();
        for (AlarmBoard.Row row : active) {
            AlarmEpisode episode = row.episode();
            String station = episode.kind().ofSensor() ? stationOfSensor.get(episode.source()) : episode.source();
            if (station != null) {
                byStation.computeIfAbsent(station, s -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Mark> marks = new LinkedHashMap<>();
        byStation.forEach((station, rows) -> {
            AlarmBoard.Row first = rows.stream().min(MOST_URGENT).orElseThrow();
            marks.put(station, new Mark(station, first.episode().priority(), words(first.episode()), rows.size() - 1,
                    first.acknowledged()));
        });
        return marks;
    }

    /** An episode in a few capital words: HEAT ALARM, HEAT WARN, NO DATA (a silent sensor), WIP LIMIT. */
    public static String words(AlarmEpisode episode) {
        return switch (episode.kind()) {
            case HEAT -> episode.level() == AlarmLevel.ALARM ? "HEAT ALARM" : "HEAT WARN";
            case STALE -> "NO DATA";
            case WIP -> "WIP LIMIT";
        };
    }
}
