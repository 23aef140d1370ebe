package org.floorwatch.views.alarms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.Shelving;

/** One episode's story in time order: started, its peak, acknowledged, shelved and unshelved, ended. */
final class AlarmTimeline {

    private AlarmTimeline() {
    }

    /** One line per step, each starting with its time in the site's zone. */
    static List<String> lines(Row row, AlarmBoard board, AlarmWords words) {
        record Step(Instant at, int order, String text) { }
        AlarmEpisode episode = row.episode();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(episode.start(), 0, "started: " + AlarmWords.what(episode).replaceFirst(" [0-9.]+ \u00b0C$", "")
                + (episode.fromImport() ? " (from import)" : "")));
        if (episode.peak() != null) {
            steps.add(new Step(episode.start(), 1, String.format(Locale.ROOT, "peak %.1f \u00b0C, level %s",
                    episode.peak(), episode.level().word())));
        }
        if (row.ack() != null) {
            steps.add(new Step(row.ack().at(), 2, "acknowledged by " + row.ack().by()
                    + (row.ack().note().isEmpty() ? "" : ": " + row.ack().note())));
        }
        for (Shelving shelving : board.shelvingsDuring(episode)) {
            steps.add(new Step(shelving.at(), 3, "shelved by " + shelving.by() + " until "
                    + words.time(shelving.until()) + ": " + shelving.reason()));
            if (shelving.unshelvedAt() != null) {
                steps.add(new Step(shelving.unshelvedAt(), 4, "unshelved by " + shelving.unshelvedBy()));
            }
        }
        steps.add(episode.end() == null ? new Step(Instant.MAX, 5, "still active")
                : new Step(episode.end(), 5, "ended after " + AlarmColumns.lasted(
                        Duration.between(episode.start(), episode.end()))));
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
        return steps.stream().map(s -> (s.at().equals(Instant.MAX) ? "now" : words.time(s.at())) + "  " + s.text())
                .toList();
    }
}
