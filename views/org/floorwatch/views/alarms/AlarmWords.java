package org.floorwatch.views.alarms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmPriority;
import org.floorwatch.floorplan.alarm.StationAlarms;

/** How alarms are said on screen, the same way everywhere: priority, what, state, times in the site's zone. */
final class AlarmWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm:ss", Locale.ENGLISH);

    private final ZoneId zone;

    AlarmWords(ZoneId zone) {
        this.zone = zone;
    }

    static String priority(AlarmPriority priority) {
        return switch (priority) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
        };
    }

    /** "HEAT ALARM 78.2 °C", "NO DATA", "WIP LIMIT". */
    static String what(AlarmEpisode episode) {
        String words = StationAlarms.words(episode);
        return episode.peak() == null ? words : String.format(Locale.ROOT, "%s %.1f \u00b0C", words, episode.peak());
    }

    /** ISA-18.2's states: active or cleared, acknowledged or not; shelved on top. */
    static String state(Row row) {
        String state = (row.active() ? "Active" : "Cleared") + (row.acknowledged() ? ", acknowledged" : ", unacknowledged");
        return row.shelving() != null ? state + ", shelved" : state;
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone));
    }
}
