package org.floorwatch.ingest.database;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * One row read from a database (a JDBC result row, or a Debezium event's {@code after}) as plain Java values by
 * lower-case column name: text, numbers, {@link LocalDateTime} or {@link LocalDate} (no zone: local to the site),
 * {@link Instant} (a zone was given). Getters say what a column must hold and throw {@link RejectedRow} with the
 * quarantine reason. A timestamp may also come as text (ISO-8601, with an offset or local, {@code T} or a space
 * between date and time) or, from Debezium without its schema, as an epoch number (below 10^14 milliseconds,
 * below 10^17 microseconds, else nanoseconds), read as Debezium writes a column without a zone: the local date
 * and time as if it were UTC.
 */
final class RowValues {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter ZONED = new DateTimeFormatterBuilder().append(LOCAL)
            .appendOffset("+HH:MM:ss", "Z").toFormatter(Locale.ROOT);

    private final Map<String, Object> values;
    private final ZoneId site;

    RowValues(Map<String, Object> values, ZoneId site) {
        this.values = values;
        this.site = site;
    }

    /** The values by column, in column order. */
    Map<String, Object> values() {
        return values;
    }

    boolean has(String column) {
        return values.containsKey(column);
    }

    /** The column as trimmed text, or null if null or blank. */
    String text(String column) {
        Object value = values.get(column);
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(((Number) value).doubleValue())
                        .stripTrailingZeros().toPlainString()
                : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    String required(String column) throws RejectedRow {
        return present(text(column), column);
    }

    /** A timestamp: with a zone as the instant it is, without one in the site's zone. Null if null. */
    Instant instant(String column) throws RejectedRow {
        Object value = values.get(column);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return ZonedDateTime.of(local, site).toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(site).toInstant();
        }
        if (value instanceof Long || value instanceof Integer) {
            return ZonedDateTime.of(epochLocal(((Number) value).longValue()), site).toInstant();
        }
        if (value instanceof String text) {
            return parse(column, text.strip());
        }
        throw new RejectedRow(column + " '" + clip(text(column)) + "' is not a date and time");
    }

    Instant requiredInstant(String column) throws RejectedRow {
        return present(instant(column), column);
    }

    private static <T> T present(T value, String column) throws RejectedRow {
        if (value == null) {
            throw new RejectedRow(column + " is empty");
        }
        return value;
    }

    /** A number, or null if null. */
    Double number(String column) throws RejectedRow {
        Object value = values.get(column);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                double parsed = new BigDecimal(text.strip()).doubleValue();
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                throw new RejectedRow(column + " '" + clip(text) + "' is not a number" + (text.endsWith("=")
                        ? " (a Debezium decimal without its schema: keep the schema or set decimal.handling.mode to "
                        + "double or string)" : ""));
            }
        }
        throw new RejectedRow(column + " '" + clip(text(column)) + "' is not a number");
    }

    private Instant parse(String column, String text) throws RejectedRow {
        try {
            return OffsetDateTime.parse(text, ZONED).toInstant();
        } catch (DateTimeParseException notZoned) {
            try {
                return ZonedDateTime.of(LocalDateTime.parse(text, LOCAL), site).toInstant();
            } catch (DateTimeParseException e) {
                throw new RejectedRow(column + " '" + clip(text) + "' is not a date and time (yyyy-MM-dd HH:mm:ss, "
                        + "with or without an offset)");
            }
        }
    }

    /** An epoch number as Debezium writes a timestamp without a zone: the local date and time as if UTC. */
    private static LocalDateTime epochLocal(long epoch) {
        long magnitude = Math.abs(epoch);
        Instant instant = magnitude >= 100_000_000_000_000_000L ? Instant.ofEpochSecond(0, epoch)
                : magnitude >= 100_000_000_000_000L ? Instant.ofEpochSecond(Math.floorDiv(epoch, 1_000_000),
                        Math.floorMod(epoch, 1_000_000) * 1000L)
                : Instant.ofEpochMilli(epoch);
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The row as {@code column=value, ...} in column order, for the quarantine. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        values.forEach((column, value) -> text.append(text.isEmpty() ? "" : ", ")
                .append(column).append('=').append(value));
        return text.length() <= 4096 ? text.toString() : text.substring(0, 4096) + "...";
    }

    static String clip(String text) {
        return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
