package org.floorwatch.floorplan.alarm;

import java.util.Objects;

/** What raises episodes: a sensor (heat and stale) or a station with a WIP limit (wip), by id. */
public record AlarmSource(boolean isSensor, String id) {

    public AlarmSource {
        Objects.requireNonNull(id, "id");
    }

    public static AlarmSource sensor(String id) {
        return new AlarmSource(true, id);
    }

    public static AlarmSource station(String id) {
        return new AlarmSource(false, id);
    }

    public static AlarmSource of(AlarmEpisode episode) {
        return new AlarmSource(episode.kind().ofSensor(), episode.source());
    }

    @Override
    public String toString() {
        return (isSensor ? "sensor " : "station ") + id;
    }
}
