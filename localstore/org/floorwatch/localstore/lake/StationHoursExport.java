package org.floorwatch.localstore.lake;

import io.delta.kernel.Snapshot;
import io.delta.kernel.data.Row;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.lake.KernelFileActions.ActiveFile;

/**
 * Brings {@code station_hours} up to date: recomputes the days new events can have changed, compares them with
 * the rows the table holds, and replaces in one commit every day whose rows differ (its files removed, a new file
 * added). New readings and energy samples change only their own days; a new move changes its day and, through WIP
 * (all history up to an instant) and cycle times, every later day with events.
 */
final class StationHoursExport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StationHoursExport.class);

    private static final String OLD = "lake_station_hours_old";
    private static final List<String> COUNTS = List.of("arrivals", "departures", "errors");
    private static final List<String> FIGURES = List.of("avg_wip", "avg_cycle_s", "mean_celsius", "max_celsius", "kwh");

    private final Connection connection;
    private final FloorPlan plan;
    private final ProductionDays days;

    StationHoursExport(Connection connection, FloorPlan plan, ProductionDays days) {
        this.connection = connection;
        this.plan = plan;
        this.days = days;
    }

    TableExport run(DeltaLog log, Optional<Snapshot> base, long from, long upTo) {
        long version = base.map(Snapshot::getVersion).orElse(-1L);
        SortedSet<LocalDate> candidates = candidateDays(from);
        if (candidates.isEmpty()) {
            return TableExport.unchanged(LakeTable.STATION_HOURS, version);
        }
        long began = System.nanoTime();
        new StationHours(connection, plan).compute(candidates);
        LOG.info("station_hours: {} days to compare, computed in {} ms", candidates.size(),
                (System.nanoTime() - began) / 1_000_000);
        List<ActiveFile> held = base.map(log::activeFiles).orElse(List.of()).stream()
                .filter(file -> candidates.contains(file.day())).toList();
        SortedSet<LocalDate> changed = changedDays(candidates, held);
        if (changed.isEmpty()) {
            return TableExport.unchanged(LakeTable.STATION_HOURS, version);
        }
        String dayList = changed.stream().map(day -> "DATE '" + day + "'").collect(Collectors.joining(", "));
        List<DataFile> files = ParquetCopy.write(connection, "SELECT " + StationHours.columns() + " FROM "
                + StationHours.TABLE + " WHERE production_day IN (" + dayList + ")", log.folder(), "hour_start");
        List<Row> removes = held.stream().filter(file -> changed.contains(file.day())).map(ActiveFile::removeAction)
                .toList();
        long rows = files.stream().mapToLong(DataFile::rows).sum();
        return new TableExport(LakeTable.STATION_HOURS, log.commit(base, files, removes, upTo), true, rows,
                changed.size());
    }

    /** Days with events that events numbered after {@code from} can have changed. */
    private SortedSet<LocalDate> candidateDays(long from) {
        SortedSet<LocalDate> candidates = new TreeSet<>(days.of(connection, "SELECT ts FROM heat_readings WHERE seq > "
                + from + " UNION ALL SELECT ts FROM energy_samples WHERE seq > " + from));
        SortedSet<LocalDate> moved = days.of(connection, "SELECT ts FROM moves WHERE seq > " + from);
        if (!moved.isEmpty()) {
            String since = "ts >= make_timestamp(" + org.floorwatch.localstore.UtcMicros.of(
                    ProductionCalendar.of(plan).dayStart(moved.first())) + "::BIGINT)";
            candidates.addAll(days.of(connection, "SELECT ts FROM moves WHERE " + since + " UNION ALL SELECT ts FROM "
                    + "heat_readings WHERE " + since + " UNION ALL SELECT ts FROM energy_samples WHERE " + since));
        }
        return candidates;
    }

    /** The candidate days whose computed rows differ from the rows the table holds for them (or holds none). */
    private SortedSet<LocalDate> changedDays(SortedSet<LocalDate> candidates, List<ActiveFile> held) {
        if (held.isEmpty()) {
            return candidates;
        }
        Map<LocalDate, List<Path>> byDay = new TreeMap<>();
        held.forEach(file -> byDay.computeIfAbsent(file.day(), d -> new ArrayList<>()).add(file.path()));
        String old = byDay.entrySet().stream().map(e -> "SELECT DATE '" + e.getKey() + "' AS production_day, shift, "
                        + "epoch_us(hour_start) AS hour_us, station, department, " + String.join(", ", COUNTS) + ", "
                        + String.join(", ", FIGURES) + " FROM read_parquet([" + e.getValue().stream()
                        .map(ParquetCopy::literal).collect(Collectors.joining(", ")) + "], hive_partitioning = false)")
                .collect(Collectors.joining(" UNION ALL "));
        String differs = "n.station IS NULL OR o.station IS NULL OR n.shift IS DISTINCT FROM o.shift "
                + "OR n.department IS DISTINCT FROM o.department"
                + COUNTS.stream().map(c -> " OR n." + c + " <> o." + c).collect(Collectors.joining())
                + FIGURES.stream().map(c -> " OR (n.%1$s IS NULL) <> (o.%1$s IS NULL) OR abs(n.%1$s - o.%1$s) > "
                        .formatted(c) + "1e-9 * greatest(1.0, abs(n.%1$s), abs(o.%1$s))".formatted(c))
                .collect(Collectors.joining());
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE TEMP TABLE " + OLD + " AS " + old);
        } catch (SQLException e) {
            throw new StoreException("could not read the station_hours the table holds: " + e.getMessage(), e);
        }
        SortedSet<LocalDate> changed = new TreeSet<>();
        ProductionDays.query(connection, "SELECT DISTINCT coalesce(n.production_day, o.production_day) FROM "
                + StationHours.TABLE + " n FULL OUTER JOIN " + OLD + " o ON n.production_day = o.production_day "
                + "AND n.hour_us = o.hour_us AND n.station = o.station WHERE " + differs,
                rs -> changed.add(LocalDate.parse(rs.getString(1))));
        return changed;
    }
}
