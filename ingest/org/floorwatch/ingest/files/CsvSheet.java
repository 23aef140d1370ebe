package org.floorwatch.ingest.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as contract section 4 allows it: UTF-8 with or without a byte-order mark, {@code ,} or {@code ;}
 * as separator (told from the header line: the one that occurs more often outside quotes), LF or CRLF line ends,
 * and quoted fields ({@code ""} inside quotes is one quote; separators and line breaks inside quotes are data).
 * A record spanning lines inside quotes is one spreadsheet row. Fully empty rows are skipped.
 */
final class CsvSheet {

    private final char separator;

    private CsvSheet(char separator) {
        this.separator = separator;
    }

    /** The whole file: its first non-empty row is the header. */
    static Sheet read(byte[] bytes) {
        String text = decode(bytes, 0, bytes.length);
        CsvSheet csv = new CsvSheet(separatorOf(text));
        List<Sheet.Row> records = csv.parse(text, 1);
        if (records.isEmpty()) {
            throw new BadCellException("the file is empty (no header row)");
        }
        return new Sheet(header(records.get(0)), records.subList(1, records.size()));
    }

    /**
     * The rows after the first {@code readBytes} bytes, which were read before and end at a row's end; the header
     * and the row numbering come from those bytes.
     */
    static Sheet readAppended(byte[] bytes, int readBytes) {
        String before = decode(bytes, 0, readBytes);
        CsvSheet csv = new CsvSheet(separatorOf(before));
        List<Sheet.Row> earlier = csv.parse(before, 1);
        if (earlier.isEmpty()) {
            return read(bytes);
        }
        int nextRow = csv.countRows(before) + 1;
        return new Sheet(header(earlier.get(0)), csv.parse(decode(bytes, readBytes, bytes.length - readBytes), nextRow),
                earlier.size() - 1);
    }

    /** Decimal commas are read in files separated by {@code ;}, where they are the custom. */
    static boolean usesDecimalComma(byte[] bytes) {
        return separatorOf(decode(bytes, 0, Math.min(bytes.length, 4096), true)) == ';';
    }

    private static List<String> header(Sheet.Row row) {
        return row.cells().stream().map(cell -> cell == null ? "" : ((String) cell).strip()).toList();
    }

    private static String decode(byte[] bytes, int offset, int length) {
        return decode(bytes, offset, length, false);
    }

    private static String decode(byte[] bytes, int offset, int length, boolean lenient) {
        CodingErrorAction onError = lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(onError)
                    .onUnmappableCharacter(onError).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadCellException("not UTF-8 text");
        }
    }

    private static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && commas + semicolons > 0) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private int countRows(String text) {
        int[] rows = {0};
        scan(text, 1, (number, fields) -> rows[0] = number);
        return rows[0];
    }

    /** The non-empty rows of {@code text}, numbered from {@code firstNumber}. */
    private List<Sheet.Row> parse(String text, int firstNumber) {
        List<Sheet.Row> rows = new ArrayList<>();
        scan(text, firstNumber, (number, fields) -> {
            if (fields.stream().anyMatch(field -> !field.isBlank())) {
                rows.add(new Sheet.Row(number, List.<Object>copyOf(fields)));
            }
        });
        return rows;
    }

    private void scan(String text, int firstNumber, RecordSink sink) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int number = firstNumber;
        boolean quoted = false;
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            pending = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                sink.accept(number++, fields);
                fields = new ArrayList<>();
                pending = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadCellException(number, "a quoted field is never closed");
        }
        if (pending) {
            fields.add(field.toString());
            sink.accept(number, fields);
        }
    }

    /** Receives each record with its row number. */
    @FunctionalInterface
    private interface RecordSink {
        void accept(int number, List<String> fields);
    }
}
