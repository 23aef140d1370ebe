package org.floorwatch.localstore.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A report as the contract's JSON (section 6): snake_case field names, numbers as plain unrounded JSON numbers,
 * null where a ratio has nothing to divide by, dates as {@code yyyy-MM-dd} and instants as ISO-8601 UTC.
 */
public final class ReportJson {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .writerWithDefaultPrettyPrinter();

    private ReportJson() {
    }

    public static String toJson(Report report) {
        try {
            return WRITER.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + report.header().report() + " report as JSON", e);
        }
    }

    /** Writes the JSON and a line end; leaves {@code out} open. */
    public static void write(Report report, OutputStream out) throws IOException {
        out.write((toJson(report) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
