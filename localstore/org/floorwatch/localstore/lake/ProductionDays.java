package org.floorwatch.localstore.lake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * Places stored events in production days and shifts inside DuckDB without joining every event to the calendar:
 * time is cut in buckets (an hour, or less where a zone's offset or a shift start needs it) on whose edges every
 * shift starts, so all of a bucket lies in one day and shift. Days are found from the distinct buckets; each row's day
 * and shift are looked up by its bucket's position in two lists written into the SQL (joining every row to the shifts
 * with {@code ASOF JOIN} took five times as long as writing the rows).
 */
final class ProductionDays {

    private static final long[] WIDTHS = {3_600_000_000L, 1_800_000_000L, 900_000_000L, 60_000_000L, 1_000_000L, 1L};
    /** Longer spans (events years apart) are joined to their distinct buckets instead. */
    private static final long MAX_LOOKUP = 100_000;

    /** The first and last bucket of some events, and the bucket width. */
    private record Span(long first, long last, long width) {
        long buckets() {
            return (last - first) / width + 1;
        }
    }

    private final ProductionCalendar calendar;

    ProductionDays(ProductionCalendar calendar) {
        this.calendar = calendar;
    }

    /** The production days on which the {@code ts} of {@code timesSql} (a SELECT with a {@code ts} column) fall. */
    SortedSet<LocalDate> of(Connection connection, String timesSql) {
        SortedSet<LocalDate> days = new TreeSet<>();
        Span span = span(connection, timesSql);
        if (span != null) {
            query(connection, "SELECT DISTINCT " + bucket("epoch_us(ts)", span.width()) + " FROM (" + timesSql + ")",
                    rs -> days.add(calendar.productionDay(UtcMicros.toInstant(rs.getLong(1)))));
        }
        return days;
    }

    /**
     * The rows of {@code rowsSql} (a SELECT with a {@code ts} column) with two more columns, {@code production_day} and
     * {@code shift}, selected by {@code columns} over the rows aliased {@code e}; null when there are no rows.
     */
    String placed(Connection connection, String rowsSql, String columns) {
        Span span = span(connection, rowsSql);
        if (span == null) {
            return null;
        }
        String rows = "(SELECT *, " + bucket("epoch_us(ts)", span.width()) + " AS bucket FROM (" + rowsSql + ")) e";
        List<String> shifts = new ArrayList<>();
        if (span.buckets() <= MAX_LOOKUP) {
            List<String> days = new ArrayList<>();
            List<String> shiftNumbers = new ArrayList<>();
            for (long bucket = span.first(); bucket <= span.last(); bucket += span.width()) {
                ShiftSlot slot = calendar.shiftAt(UtcMicros.toInstant(bucket));
                days.add(Long.toString(slot.day().toEpochDay()));
                shiftNumbers.add(Integer.toString(number(shifts, slot.shift().name())));
            }
            String index = "[(e.bucket - " + span.first() + ") // " + span.width() + " + 1]";
            return "SELECT " + columns + ", DATE '1970-01-01' + [" + String.join(",", days) + "]" + index + " AS "
                    + LakeTable.PARTITION + ", " + list(shifts) + "[[" + String.join(",", shiftNumbers) + "]" + index
                    + "] AS shift FROM " + rows;
        }
        List<String> buckets = new ArrayList<>();
        query(connection, "SELECT DISTINCT bucket FROM " + rows, rs -> {
            ShiftSlot slot = calendar.shiftAt(UtcMicros.toInstant(rs.getLong(1)));
            buckets.add("(" + rs.getLong(1) + "::BIGINT, DATE '" + slot.day() + "', "
                    + number(shifts, slot.shift().name()) + ")");
        });
        return "WITH buckets(bucket, day, shift) AS (VALUES " + String.join(", ", buckets) + ") SELECT " + columns
                + ", b.day AS " + LakeTable.PARTITION + ", " + list(shifts) + "[b.shift] AS shift FROM " + rows
                + " JOIN buckets b ON e.bucket = b.bucket";
    }

    /** Where the events start and end, and the widest bucket every shift of the days between starts on the edge of. */
    private Span span(Connection connection, String timesSql) {
        long[] range = new long[2];
        boolean[] any = new boolean[1];
        query(connection, "SELECT epoch_us(min(ts)), epoch_us(max(ts)) FROM (" + timesSql + ")", rs -> {
            range[0] = rs.getLong(1);
            any[0] = !rs.wasNull();
            range[1] = rs.getLong(2);
        });
        if (!any[0]) {
            return null;
        }
        LocalDate first = calendar.productionDay(UtcMicros.toInstant(range[0]));
        LocalDate last = calendar.productionDay(UtcMicros.toInstant(range[1]));
        List<Instant> starts = first.datesUntil(last.plusDays(2)).flatMap(day -> calendar.shifts(day).stream())
                .map(ShiftSlot::start).toList();
        for (long width : WIDTHS) {
            if (starts.stream().allMatch(start -> Math.floorMod(UtcMicros.of(start), width) == 0)) {
                return new Span(Math.floorDiv(range[0], width) * width, Math.floorDiv(range[1], width) * width, width);
            }
        }
        throw new IllegalStateException("a shift starts off the microsecond grid");
    }

    /** SQL for the start of the bucket holding {@code micros} (rounded down, before 1970 too). */
    private static String bucket(String micros, long width) {
        return "(" + micros + " - ((" + micros + " % " + width + ") + " + width + ") % " + width + ")";
    }

    /** The 1-based number of a shift in {@code shifts}, added if new. */
    private static int number(List<String> shifts, String shift) {
        if (!shifts.contains(shift)) {
            shifts.add(shift);
        }
        return shifts.indexOf(shift) + 1;
    }

    private static String list(List<String> texts) {
        return texts.stream().map(t -> "'" + t.replace("'", "''") + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    /** Reads one result row. */
    @FunctionalInterface
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    static void query(Connection connection, String sql, Row row) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the store for the export: " + e.getMessage(), e);
        }
    }
}
