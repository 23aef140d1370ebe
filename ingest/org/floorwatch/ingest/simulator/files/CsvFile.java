package org.floorwatch.ingest.simulator.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A CSV file being written: UTF-8, a chosen separator and line end, fields quoted only when they hold
 * the separator, a quote or a line break. {@link #EXCEL_EUROPE} is how a spreadsheet in a comma-decimal
 * locale saves "CSV UTF-8": semicolons, CRLF and a byte-order mark.
 */
final class CsvFile implements Closeable {

    /** Separator, line end and byte-order mark of a CSV file. */
    record Dialect(char separator, String lineEnd, boolean byteOrderMark) { }

    static final Dialect PLAIN = new Dialect(',', "\n", false);
    static final Dialect EXCEL_EUROPE = new Dialect(';', "\r\n", true);

    private final Writer out;
    private final Dialect dialect;

    CsvFile(Path file, Dialect dialect) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), dialect);
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
    }

    private CsvFile(Writer out, Dialect dialect) {
        this.out = out;
        this.dialect = dialect;
    }

    /** Adds rows at the end of an existing file (written with the same dialect), each ending its line. */
    static void append(Path file, Dialect dialect, List<List<String>> rows) throws IOException {
        Writer end = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        try (CsvFile csv = new CsvFile(end, dialect)) {
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
    }

    /** Writes a whole file: the header, then the rows. */
    static void write(Path file, Dialect dialect, List<String> header, List<List<String>> rows) throws IOException {
        try (CsvFile csv = new CsvFile(file, dialect)) {
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
    }

    /** One row; a null field is written empty. */
    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(dialect.separator());
            }
            out.write(quoted(fields.get(i)));
        }
        out.write(dialect.lineEnd());
    }

    private String quoted(String field) {
        if (field == null) {
            return "";
        }
        boolean plain = field.indexOf(dialect.separator()) < 0 && field.indexOf('"') < 0
                && field.indexOf('\n') < 0 && field.indexOf('\r') < 0;
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
