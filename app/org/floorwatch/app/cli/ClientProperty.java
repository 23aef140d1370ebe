package org.floorwatch.app.cli;

/** One {@code --kafka-property KEY=VALUE}: a Kafka client property passed as it is. */
public record ClientProperty(String key, String value) {

    /** Reads {@code KEY=VALUE} (the value may hold {@code =}); throws {@link IllegalArgumentException} otherwise. */
    public static ClientProperty of(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || text.substring(0, equals).isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not KEY=VALUE");
        }
        return new ClientProperty(text.substring(0, equals).strip(), text.substring(equals + 1));
    }
}
