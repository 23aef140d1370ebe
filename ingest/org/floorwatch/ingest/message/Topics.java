package org.floorwatch.ingest.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The Kafka topic names of the three message kinds (contract section 3 defaults, all configurable). */
public record Topics(String moves, String heat, String energy) {

    public static final Topics DEFAULT = new Topics(
            MessageKind.MOVE.defaultTopic(), MessageKind.HEAT.defaultTopic(), MessageKind.ENERGY.defaultTopic());

    public Topics {
        Objects.requireNonNull(moves, "moves");
        Objects.requireNonNull(heat, "heat");
        Objects.requireNonNull(energy, "energy");
        if (List.of(moves, heat, energy).stream().distinct().count() != 3) {
            throw new IllegalArgumentException("the moves, heat and energy topics must differ");
        }
    }

    /** All three, with a common prefix (tests use one per test). */
    public static Topics withPrefix(String prefix) {
        return new Topics(prefix + DEFAULT.moves, prefix + DEFAULT.heat, prefix + DEFAULT.energy);
    }

    public String topicOf(MessageKind kind) {
        return switch (kind) {
            case MOVE -> moves;
            case HEAT -> heat;
            case ENERGY -> energy;
        };
    }

    public Optional<MessageKind> kindOf(String topic) {
        for (MessageKind kind : MessageKind.values()) {
            if (topicOf(kind).equals(topic)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public List<String> all() {
        return List.of(moves, heat, energy);
    }
}
