package org.floorwatch.ingest.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The top-level fields of one JSON message, read with the streaming parser (no tree), with typed getters that
 * throw {@link Rejected} carrying the quarantine reason.
 */
final class RawFields {

    /** A message that breaks a rule; its message is the quarantine reason. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Marks a field whose value is an object or array (always the wrong type here). */
    private static final Object NESTED = new Object();
    private static final Object NULL = new Object();

    private final Map<String, Object> values = new HashMap<>(16);

    static RawFields read(JsonParser parser) throws IOException, Rejected {
        RawFields fields = new RawFields();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new Rejected("not a JSON object");
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            fields.values.put(name, valueOf(parser, value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new Rejected("not JSON");
        }
        if (parser.nextToken() != null) {
            throw new Rejected("not JSON: text after the object");
        }
        return fields;
    }

    private static Object valueOf(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield NESTED;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            case VALUE_NULL -> NULL;
            default -> NESTED;
        };
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A required, non-null string. */
    String text(String name) throws Rejected {
        Object value = present(name);
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(name, value, "a string");
    }

    /** A string that must be present (unless {@code mayBeAbsent}) but may be null. */
    String nullableText(String name, boolean mayBeAbsent) throws Rejected {
        if (!values.containsKey(name)) {
            if (mayBeAbsent) {
                return null;
            }
            throw new Rejected("missing field '" + name + "'");
        }
        Object value = values.get(name);
        if (value == NULL) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(name, value, "a string or null");
    }

    double number(String name) throws Rejected {
        Object value = present(name);
        if (value instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw wrongType(name, value, "a number");
    }

    Instant instant(String name) throws Rejected {
        String text = text(name);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new Rejected("field '" + name + "' is not an ISO-8601 instant with an offset: '" + clip(text) + "'");
        }
    }

    private Object present(String name) throws Rejected {
        Object value = values.get(name);
        if (value == null) {
            throw new Rejected("missing field '" + name + "'");
        }
        if (value == NULL) {
            throw new Rejected("field '" + name + "' is null");
        }
        return value;
    }

    private static Rejected wrongType(String name, Object value, String expected) {
        String actual = value == NESTED ? "an object or array"
                : value instanceof String ? "a string"
                : value instanceof Boolean ? "a boolean"
                : value == NULL ? "null" : "a number";
        return new Rejected("field '" + name + "' is " + actual + ", not " + expected);
    }

    static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
