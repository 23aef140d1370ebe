package org.floorwatch.localstore.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The production screen's station x time grid: the time-weighted mean WIP of each station in each local hour of
 * the period, or in each production day when the period has more than {@value #MAX_HOUR_COLUMNS} hours (seven days
 * with a 25-hour one). {@code values[row][column]} is NaN for a column that had not started at the time it was
 * computed; {@code hourly} tells hours from days. Built by {@link WipReplay}.
 */
public record WipGrid(List<String> stations, List<String> columns, boolean hourly, double[][] values) {

    /** Seven production days of local hours, one of them 25 hours long. */
    public static final int MAX_HOUR_COLUMNS = 7 * 24 + 1;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH", Locale.ROOT);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("EEE HH", Locale.ROOT);

    public WipGrid {
        stations = List.copyOf(stations);
        columns = List.copyOf(columns);
    }

    /** The largest mean WIP in the grid, 0 when there is none. */
    public double max() {
        return Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).max().orElse(0);
    }

    public double value(String station, int column) {
        return values[stations.indexOf(station)][column];
    }

    /** Whether the columns are local hours (else production days). */
    static boolean hourlyOver(ReportPeriod period) {
        return period.hourStarts().size() <= MAX_HOUR_COLUMNS;
    }

    /** Where each column starts: the period's local hours, or its production days. */
    static List<Instant> columnStarts(ReportPeriod period) {
        return hourlyOver(period) ? period.hourStarts() : period.days().stream().map(period.calendar()::dayStart).toList();
    }

    /** A column's heading: the local hour ("07", or "Tue 07" over several days), or the production day. */
    static String columnLabel(ReportPeriod period, Instant columnStart) {
        if (!hourlyOver(period)) {
            return period.calendar().productionDay(columnStart).toString().substring(5);
        }
        var local = columnStart.atZone(period.calendar().zone());
        return (period.from().equals(period.to()) ? HOUR : DAY_HOUR).format(local);
    }
}
