package org.floorwatch.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.floorwatch.ingest.kafka.KafkaServers;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * How every command reads typed option values: one converter per type, registered once on the root command, each
 * refusing a bad value with a plain reason ({@code '2026-13-01' is not a date (yyyy-MM-dd)}), never a Java class
 * name. {@link FloorwatchCommand} prints it as {@code floorwatch: --from: '2026-13-01' is not a date (yyyy-MM-dd)}.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** Registers the converters on {@code cli} and every subcommand it has. */
    static void registerOn(CommandLine cli) {
        cli.registerConverter(LocalDate.class, reading("a date (yyyy-MM-dd)", LocalDate::parse));
        cli.registerConverter(Instant.class, reading("an instant (ISO-8601 with an offset, e.g. 2026-11-02T05:00:00Z)",
                Instant::parse));
        ITypeConverter<Integer> integer = reading("a whole number", text -> Integer.valueOf(text.strip()));
        cli.registerConverter(Integer.class, integer);
        cli.registerConverter(Integer.TYPE, integer);
        ITypeConverter<Long> whole = reading("a whole number", text -> Long.valueOf(text.strip()));
        cli.registerConverter(Long.class, whole);
        cli.registerConverter(Long.TYPE, whole);
        ITypeConverter<Double> number = reading("a number", OptionValues::finite);
        cli.registerConverter(Double.class, number);
        cli.registerConverter(Double.TYPE, number);
        cli.registerConverter(Path.class, OptionValues::path);
        cli.registerConverter(KafkaServers.class, plain(KafkaServers::of));
        cli.registerConverter(ClientProperty.class, plain(ClientProperty::of));
    }

    /** A converter that says {@code 'TEXT' is not WHAT} when {@code parse} throws. */
    private static <T> ITypeConverter<T> reading(String what, ITypeConverter<T> parse) {
        return text -> {
            try {
                return parse.convert(text);
            } catch (Exception e) {
                throw new TypeConversionException("'" + text + "' is not " + what);
            }
        };
    }

    /** A converter whose {@link IllegalArgumentException} already says what is wrong in plain words. */
    private static <T> ITypeConverter<T> plain(ITypeConverter<T> parse) {
        return text -> {
            try {
                return parse.convert(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    private static Double finite(String text) {
        double value = Double.parseDouble(text.strip());
        if (!Double.isFinite(value)) {
            throw new NumberFormatException();
        }
        return value;
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            throw new TypeConversionException("the path is empty");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a path (" + e.getReason().toLowerCase(Locale.ROOT) + ")");
        }
    }
}
