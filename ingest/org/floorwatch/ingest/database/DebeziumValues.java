package org.floorwatch.ingest.database;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * The values of a Debezium row ({@code after}, {@code before}, a key) as plain Java values for {@link RowValues}.
 * With a schema, Debezium's semantic types are read by name as its documentation gives them for PostgreSQL:
 * {@code io.debezium.time.MicroTimestamp}, {@code Timestamp} and {@code NanoTimestamp} (a column without a zone:
 * the local date and time as if UTC, in micro-, milli- or nanoseconds), {@code ZonedTimestamp} (ISO-8601 text
 * with an offset), {@code io.debezium.time.Date} (days), {@code io.debezium.data.VariableScaleDecimal}; Kafka
 * Connect's own {@code Timestamp}, {@code Date} and {@code Decimal} arrive converted already. Without a schema the
 * values are as the JSON has them.
 */
final class DebeziumValues {

    private DebeziumValues() {
    }

    /** A struct or JSON object's fields by name, as they are (for the envelope). */
    static Map<String, Object> fields(Object value, String what) throws RejectedRow {
        if (value instanceof Struct struct) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field field : struct.schema().fields()) {
                fields.put(field.name(), struct.get(field));
            }
            return fields;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((name, field) -> fields.put(String.valueOf(name), field));
            return fields;
        }
        throw new RejectedRow(what + " is not a JSON object");
    }

    /** A row's columns by lower-case name, each as a plain Java value. */
    static Map<String, Object> row(Object value, String what) throws RejectedRow {
        Map<String, Object> row = new LinkedHashMap<>();
        if (value instanceof Struct struct) {
            for (Field field : struct.schema().fields()) {
                row.put(field.name().toLowerCase(Locale.ROOT), plain(field.schema(), struct.get(field)));
            }
            return row;
        }
        fields(value, "'" + what + "'").forEach((name, field) -> row.put(name.toLowerCase(Locale.ROOT), field));
        return row;
    }

    private static Object plain(Schema schema, Object value) {
        if (value == null || schema.name() == null) {
            return value instanceof ByteBuffer || value instanceof byte[] ? "(bytes)" : value;
        }
        return switch (schema.name()) {
            case "io.debezium.time.MicroTimestamp" -> local(((Number) value).longValue(), 1_000_000);
            case "io.debezium.time.Timestamp" -> local(((Number) value).longValue(), 1_000);
            case "io.debezium.time.NanoTimestamp" -> local(((Number) value).longValue(), 1_000_000_000);
            case "org.apache.kafka.connect.data.Timestamp" -> LocalDateTime.ofInstant(((Date) value).toInstant(),
                    ZoneOffset.UTC);
            case "io.debezium.time.Date" -> LocalDate.ofEpochDay(((Number) value).longValue());
            case "org.apache.kafka.connect.data.Date" -> LocalDate.ofInstant(((Date) value).toInstant(), ZoneOffset.UTC);
            case "io.debezium.data.VariableScaleDecimal" -> variableScale((Struct) value);
            default -> value;
        };
    }

    private static LocalDateTime local(long epoch, long perSecond) {
        long seconds = Math.floorDiv(epoch, perSecond);
        long nanos = Math.floorMod(epoch, perSecond) * (1_000_000_000L / perSecond);
        return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
    }

    private static BigDecimal variableScale(Struct value) {
        Object bytes = value.get("value");
        byte[] unscaled = bytes instanceof ByteBuffer buffer ? buffer.array() : (byte[]) bytes;
        return new BigDecimal(new BigInteger(unscaled), value.getInt32("scale"));
    }
}
