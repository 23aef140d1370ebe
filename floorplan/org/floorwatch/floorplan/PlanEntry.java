package org.floorwatch.floorplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * One JSON object of a floor plan being read (the plan itself, its size, a station, ...), with the
 * label that error messages name it by. Every read either returns a value of the right type or
 * throws {@link InvalidPlanException} naming this entry and the field.
 */
final class PlanEntry {

    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{2}:\\d{2}");

    private final JsonNode node;
    private final String label;
    private final String source;

    private PlanEntry(JsonNode node, String label, String source) {
        this.node = node;
        this.label = label;
        this.source = source;
    }

    /** The plan's top-level object; anything else is refused. */
    static PlanEntry root(JsonNode node, String source) {
        if (!node.isObject()) {
            throw new InvalidPlanException(source, "expected a JSON object at the top level, found " + node.getNodeType());
        }
        return new PlanEntry(node, "", source);
    }

    /** A required, non-blank text field. */
    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw wrongType(field, "a non-empty text");
        }
        return value.asText();
    }

    /** A text field that may be absent, in which case {@code fallback} is used. */
    String text(String field, String fallback) {
        return present(field) ? text(field) : fallback;
    }

    double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw wrongType(field, "a number");
        }
        return value.asDouble();
    }

    /** An optional number field; absent or null means {@code fallback}. */
    double number(String field, double fallback) {
        return present(field) ? number(field) : fallback;
    }

    /** An optional whole number field; absent or null means none. */
    OptionalInt wholeNumber(String field) {
        if (!present(field)) {
            return OptionalInt.empty();
        }
        double value = number(field);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw wrongType(field, "a whole number");
        }
        return OptionalInt.of((int) value);
    }

    /** A local clock time {@code HH:mm}; {@code 24:00} is read as midnight. */
    LocalTime clockTime(String field) {
        String text = text(field);
        if (text.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        if (CLOCK_TIME.matcher(text).matches()) {
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                // two-digit fields out of range, such as 25:00: refused below
            }
        }
        throw problem(field + " \"" + text + "\" is not a time of day HH:mm");
    }

    PlanEntry object(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw wrongType(field, "an object");
        }
        return new PlanEntry(value, field, source);
    }

    /**
     * The objects of a list field, each labelled by {@code labeller(element, number)} with numbers from 1.
     * An absent optional list is empty.
     */
    List<PlanEntry> objects(String field, boolean required, BiFunction<JsonNode, Integer, String> labeller) {
        List<PlanEntry> entries = new ArrayList<>();
        for (JsonNode element : array(field, required)) {
            String elementLabel = labeller.apply(element, entries.size() + 1);
            if (!element.isObject()) {
                throw new InvalidPlanException(source, elementLabel + ": expected an object");
            }
            entries.add(new PlanEntry(element, elementLabel, source));
        }
        return entries;
    }

    /** The elements of a list field; an absent optional list is empty. */
    List<JsonNode> array(String field, boolean required) {
        if (!required && !present(field)) {
            return List.of();
        }
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw wrongType(field, "a list");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** A field's text value if it has one; used to label entries before they are read. */
    static Optional<String> textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    InvalidPlanException problem(String what) {
        return new InvalidPlanException(source, label.isEmpty() ? what : label + ": " + what);
    }

    private boolean present(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private JsonNode required(String field) {
        if (!present(field)) {
            throw problem("missing field \"" + field + "\"");
        }
        return node.get(field);
    }

    private InvalidPlanException wrongType(String field, String expected) {
        return problem("field \"" + field + "\" must be " + expected + ", found " + node.get(field));
    }
}
