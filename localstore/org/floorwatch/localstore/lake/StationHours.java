package org.floorwatch.localstore.lake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.CycleTimes;
import org.floorwatch.localstore.report.StationSeries;
import org.floorwatch.localstore.report.StationWip;
import org.floorwatch.localstore.report.TimeSlices;

/**
 * The {@code station_hours} rows of contract section 10 for some production days, into the temporary table
 * {@value #TABLE} of the export's connection: a row for every plan station and every hour on the clock of each day
 * (the repeated hour twice, the skipped hour never; an hour is also cut where a shift starts inside it). Mean WIP
 * and cycle time are the report's own figures ({@link StationWip}, {@link CycleTimes}) over each hour.
 */
final class StationHours {

    static final String TABLE = "lake_station_hours";

    /** One hour of a day; between days that are not next to each other a gap slice, with no hour, is skipped. */
    private record Hour(LocalDate day, String shift, Instant start) {
    }

    private final Connection connection;
    private final FloorPlan plan;
    private final ProductionCalendar calendar;

    StationHours(Connection connection, FloorPlan plan) {
        this.connection = connection;
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
    }

    /** Computes the rows of {@code days} into {@value #TABLE} (made anew); returns how many. */
    long compute(SortedSet<LocalDate> days) {
        List<Hour> hours = new ArrayList<>();
        for (LocalDate day : days) {
            for (ShiftSlot slot : calendar.shifts(day)) {
                for (Instant start : calendar.clockHourStarts(slot.start(), slot.end())) {
                    hours.add(new Hour(day, slot.shift().name(), start));
                }
            }
            if (!days.tailSet(day.plusDays(1)).isEmpty() && !days.contains(day.plusDays(1))) {
                hours.add(new Hour(null, null, calendar.dayEnd(day)));
            }
        }
        create();
        if (hours.isEmpty()) {
            return 0;
        }
        TimeSlices slices = new TimeSlices(hours.stream().map(Hour::start).toList(), calendar.dayEnd(days.last()));
        long t0 = System.nanoTime();
        HourFigures figures = new HourFigures(connection, slices, plan);
        long t1 = System.nanoTime();
        StationSeries wip = StationWip.average(connection, slices);
        long t2 = System.nanoTime();
        StationSeries cycle = CycleTimes.meanSeconds(connection, slices);
        org.slf4j.LoggerFactory.getLogger(StationHours.class).info("counts {} ms, wip {} ms, cycle {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        long rows = 0;
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("temp",
                DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (int slice = 0; slice < hours.size(); slice++) {
                Hour hour = hours.get(slice);
                if (hour.day() == null) {
                    continue;
                }
                for (Station station : plan.stations()) {
                    HourFigures.Flow flow = figures.flow(slice, station.id());
                    Double meanWip = station.kind().holdsWip() ? wip.get(station.id(), slice) : null;
                    appender.beginRow().append(hour.day()).append(hour.shift()).append(UtcMicros.of(hour.start()))
                            .append(station.id()).append(station.department()).append(flow.arrivals())
                            .append(flow.departures()).append(flow.errors())
                            .append(meanWip == null ? 0.0 : meanWip);
                    nullable(appender, cycle.get(station.id(), slice));
                    nullable(appender, figures.meanCelsius(slice, station.id()));
                    nullable(appender, figures.maxCelsius(slice, station.id()));
                    appender.append(figures.kwh(slice, station.id())).endRow();
                    rows++;
                }
            }
            appender.flush();
        } catch (SQLException e) {
            throw new StoreException("could not compute station_hours: " + e.getMessage(), e);
        }
        return rows;
    }

    private static void nullable(DuckDBAppender appender, Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }

    private void create() {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE TEMP TABLE " + TABLE + "(production_day DATE, shift VARCHAR, hour_us BIGINT, "
                    + "station VARCHAR, department VARCHAR, arrivals BIGINT, departures BIGINT, errors BIGINT, "
                    + "avg_wip DOUBLE, avg_cycle_s DOUBLE, mean_celsius DOUBLE, max_celsius DOUBLE, kwh DOUBLE)");
        } catch (SQLException e) {
            throw new StoreException("could not compute station_hours: " + e.getMessage(), e);
        }
    }

    /** The SELECT list that turns {@value #TABLE}'s rows into the table's columns. */
    static String columns() {
        return "production_day, shift, timezone('UTC', make_timestamp(hour_us)) AS hour_start, station, department, "
                + "arrivals, departures, errors, avg_wip, avg_cycle_s, mean_celsius, max_celsius, kwh";
    }
}
