package org.floorwatch.ingest.message;

import java.util.Locale;

/** The three kinds of live message, each with its default topic. */
public enum MessageKind {
    MOVE("floor.moves"), HEAT("floor.heat"), ENERGY("floor.energy");

    private final String defaultTopic;

    MessageKind(String defaultTopic) {
        this.defaultTopic = defaultTopic;
    }

    public String defaultTopic() {
        return defaultTopic;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
