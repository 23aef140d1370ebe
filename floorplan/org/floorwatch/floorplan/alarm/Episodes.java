package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Orders and helpers for lists of episodes. */
public final class Episodes {

    /** By start, then kind, then source: the journal's order. */
    public static final Comparator<AlarmEpisode> BY_START = Comparator.comparing(AlarmEpisode::start)
            .thenComparing(AlarmEpisode::kind).thenComparing(AlarmEpisode::source);

    private Episodes() {
    }

    /**
     * The earliest instant at or before {@code point} that no episode of one source straddles: moved back to the
     * start of any episode that started before it and had not ended before it (end included, as the event that
     * ended it may be what comes out of order).
     */
    static Instant restartPoint(List<AlarmEpisode> episodes, Instant point) {
        Instant at = point;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (AlarmEpisode episode : episodes) {
                if (episode.start().isBefore(at) && (episode.end() == null || !at.isAfter(episode.end()))) {
                    at = episode.start();
                    moved = true;
                }
            }
        }
        return at;
    }
}
