package org.floorwatch.ingest.files;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one row by column name, read as contract section 4 says: dates {@code yyyy-MM-dd}, times
 * {@code HH:mm} or {@code HH:mm:ss} (a one-digit hour is read too), date-times {@code yyyy-MM-dd HH:mm[:ss]} or
 * {@code yyyy-MM-ddTHH:mm[:ss]}, all local. A real Excel date or time cell gives its date in a date column, its
 * time of day in a time column, and both in a date-time column. Empty cells read as null; a cell that is not
 * what its column holds throws {@link BadCellException} naming the column and the value.
 */
final class RowFields {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2})?)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Map<String, Integer> columns = new HashMap<>();
    private final boolean decimalComma;
    private Sheet.Row row;

    /**
     * @param header       the sheet's header; a column of {@code kind} named twice refuses the file
     * @param decimalComma whether {@code 12,5} reads as 12.5 (files separated by {@code ;})
     */
    RowFields(List<String> header, FileKind kind, boolean decimalComma) {
        this.decimalComma = decimalComma;
        for (int i = 0; i < header.size(); i++) {
            String name = FileKind.normalise(header.get(i));
            boolean ofKind = kind.columns().stream().anyMatch(c -> FileKind.normalise(c).equals(name));
            if (columns.putIfAbsent(name, i) != null && ofKind) {
                throw new BadCellException(1, "column '" + header.get(i) + "' appears twice in the header");
            }
        }
    }

    RowFields at(Sheet.Row current) {
        this.row = current;
        return this;
    }

    int rowNumber() {
        return row.number();
    }

    /** The cell as trimmed text, or null if empty. */
    String text(String column) {
        Object cell = cell(column);
        if (cell instanceof Double number) {
            return XlsxSheet.plain(number);
        }
        if (cell instanceof ExcelDateTime excel) {
            return excel.isTimeOnly() ? excel.value().toLocalTime().toString()
                    : excel.hasTime() ? excel.value().toString().replace('T', ' ')
                    : excel.value().toLocalDate().toString();
        }
        return cell == null || cell.toString().isBlank() ? null : cell.toString().strip();
    }

    String required(String column) {
        String text = text(column);
        if (text == null) {
            throw new BadCellException(column + " is empty");
        }
        return text;
    }

    LocalDate date(String column) {
        Object cell = cell(column);
        if (cell instanceof ExcelDateTime excel && !excel.isTimeOnly()) {
            return excel.value().toLocalDate();
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null || cell instanceof ExcelDateTime) {
            throw new BadCellException(column + " '" + text + "' is not a date (yyyy-MM-dd)");
        }
        return date;
    }

    LocalTime time(String column) {
        Object cell = cell(column);
        if (cell instanceof ExcelDateTime excel) {
            return excel.value().toLocalTime();
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        LocalTime time = parseTime(text);
        if (time == null) {
            throw new BadCellException(column + " '" + text + "' is not a time (HH:mm or HH:mm:ss)");
        }
        return time;
    }

    LocalDateTime dateTime(String column) {
        Object cell = cell(column);
        if (cell instanceof ExcelDateTime excel && !excel.isTimeOnly()) {
            return excel.value();
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(text);
        if (m.matches() && !(cell instanceof ExcelDateTime)) {
            LocalDate date = parseDate(m.group(1));
            LocalTime time = parseTime(m.group(2));
            if (date != null && time != null) {
                return date.atTime(time);
            }
        }
        throw new BadCellException(column + " '" + text + "' is not a date and time (yyyy-MM-dd HH:mm[:ss])");
    }

    Double number(String column) {
        Object cell = cell(column);
        if (cell instanceof Double number) {
            return number;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        String plain = decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        if (!(cell instanceof String) || !NUMBER.matcher(plain).matches()) {
            throw new BadCellException(column + " '" + text + "' is not a number");
        }
        return Double.parseDouble(plain);
    }

    private static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Object cell(String column) {
        Integer index = columns.get(FileKind.normalise(column));
        if (index == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return row.cell(index);
    }
}
