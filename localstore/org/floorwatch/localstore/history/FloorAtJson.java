package org.floorwatch.localstore.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@link FloorAtInstant} as the contract's JSON (section 7): snake_case names, plain numbers, null where there is
 * no value (a sensor never read, a mean over an empty span), the production day as {@code yyyy-MM-dd}.
 */
public final class FloorAtJson {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .writerWithDefaultPrettyPrinter();

    private FloorAtJson() {
    }

    public static String toJson(FloorAtInstant floor) {
        try {
            return WRITER.writeValueAsString(floor);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the floor at " + floor.at() + " as JSON", e);
        }
    }
}
