package org.floorwatch.ingest.fuzz;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;

/** A JSON object written field by field, in order, with values as raw JSON text: room for any breakage. */
final class JsonFields {

    record Field(String name, String rawValue) { }

    private final List<Field> fields = new ArrayList<>();

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    JsonFields text(String name, String value) {
        return raw(name, value == null ? "null" : quote(value));
    }

    JsonFields number(String name, double value) {
        return raw(name, Double.toString(value));
    }

    JsonFields raw(String name, String rawValue) {
        fields.add(new Field(name, rawValue));
        return this;
    }

    List<Field> fields() {
        return fields;
    }

    String valueOf(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::rawValue).findFirst().orElseThrow();
    }

    JsonFields without(String name) {
        fields.removeIf(f -> f.name().equals(name));
        return this;
    }

    JsonFields replace(String name, String rawValue) {
        fields.replaceAll(f -> f.name().equals(name) ? new Field(name, rawValue) : f);
        return this;
    }

    String json(String separator) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(separator).append(quote(fields.get(i).name())).append(':')
                    .append(separator).append(fields.get(i).rawValue());
        }
        return out.append(separator).append('}').toString();
    }

    String json() {
        return json("");
    }
}
