package org.floorwatch.localstore.lake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * Places stored events in production days and shifts inside DuckDB: the shifts of the days around the events'
 * UTC dates become a {@code slots(day, shift, start_us)} table, and each event takes the latest slot that starts at
 * or before it ({@code ASOF JOIN}). Only the days near events are listed, however far apart the events are.
 */
final class ProductionDays {

    private final ProductionCalendar calendar;

    ProductionDays(ProductionCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The production days on which the {@code ts} of {@code timesSql} (a SELECT with a {@code ts} column) fall.
     */
    SortedSet<LocalDate> of(Connection connection, String timesSql) {
        SortedSet<LocalDate> utcDates = new TreeSet<>();
        query(connection, "SELECT DISTINCT ts::DATE FROM (" + timesSql + ")",
                rs -> utcDates.add(LocalDate.parse(rs.getString(1))));
        SortedSet<LocalDate> days = new TreeSet<>();
        if (!utcDates.isEmpty()) {
            query(connection, "WITH " + slotsCte(around(utcDates)) + " SELECT DISTINCT s.day FROM (SELECT epoch_us(ts) "
                    + "AS us FROM (" + timesSql + ")) e ASOF JOIN slots s ON e.us >= s.start_us",
                    rs -> days.add(LocalDate.parse(rs.getString(1))));
        }
        return days;
    }

    /** The UTC dates of {@code timesSql}'s {@code ts}, each widened to the production days it can touch. */
    SortedSet<LocalDate> daysAround(Connection connection, String timesSql) {
        SortedSet<LocalDate> utcDates = new TreeSet<>();
        query(connection, "SELECT DISTINCT ts::DATE FROM (" + timesSql + ")",
                rs -> utcDates.add(LocalDate.parse(rs.getString(1))));
        return around(utcDates);
    }

    /**
     * {@code slots(day, shift, start_us) AS (VALUES ...)} for the worked shifts of these days, to put in a WITH
     * clause; an event's slot is only right when its production day and the day before are both listed.
     */
    String slotsCte(Collection<LocalDate> days) {
        List<String> rows = new ArrayList<>();
        for (LocalDate day : new TreeSet<>(days)) {
            for (ShiftSlot slot : calendar.shifts(day)) {
                if (slot.end().isAfter(slot.start())) {
                    rows.add("(DATE '" + day + "', '" + slot.shift().name().replace("'", "''") + "', "
                            + UtcMicros.of(slot.start()) + "::BIGINT)");
                }
            }
        }
        return "slots(day, shift, start_us) AS (VALUES " + String.join(", ", rows) + ")";
    }

    /** An instant's production day is its local date or the one before; the local date is the UTC date +-1. */
    private static SortedSet<LocalDate> around(Collection<LocalDate> utcDates) {
        return utcDates.stream().flatMap(date -> date.minusDays(2).datesUntil(date.plusDays(2)))
                .collect(Collectors.toCollection(TreeSet::new));
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
