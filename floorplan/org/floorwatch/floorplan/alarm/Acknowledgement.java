package org.floorwatch.floorplan.alarm;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's acknowledgement of an episode: who, when (the floor clock), and a note (may be empty). It names the
 * episode by kind, source and start as it was acknowledged; it stays with the episode that holds that start should
 * late events later reshape the episode.
 */
public record Acknowledgement(AlarmKind kind, String source, Instant episodeStart, String by, Instant at, String note) {

    public Acknowledgement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(episodeStart, "episodeStart");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }

    public static Acknowledgement of(AlarmEpisode episode, String by, Instant at, String note) {
        return new Acknowledgement(episode.kind(), episode.source(), episode.start(), by, at, note);
    }

    /** Whether this acknowledgement belongs to {@code episode}: same kind and source, and the episode holds its start. */
    public boolean belongsTo(AlarmEpisode episode) {
        return episode.kind() == kind && episode.source().equals(source)
                && (episode.start().equals(episodeStart) || episode.activeAt(episodeStart));
    }
}
