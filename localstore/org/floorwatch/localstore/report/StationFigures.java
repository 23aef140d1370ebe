package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.localstore.report.ProductionReport.StationRow;
import org.floorwatch.localstore.UtcMicros;

/**
 * Per station figures of the production report: moves out ({@code processed}) and those with an error, mean
 * WIP, mean cycle time and OEE, for every station of the plan in plan order.
 */
final class StationFigures {

    /** Moves out of a station in the period, and those of them with an error. */
    record Outflow(long processed, long errors) {
        static final Outflow NONE = new Outflow(0, 0);
    }

    private static final String OUTFLOW = """
            SELECT from_station, count(*), count(error) FROM moves
            WHERE from_station IS NOT NULL AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)
            GROUP BY from_station""";

    private static final String WORK_ORDERS = """
            SELECT machine, epoch_us(reported), epoch_us(coalesce(resolved, make_timestamp(?::BIGINT)))
            FROM work_orders WHERE reported < make_timestamp(?::BIGINT)""";

    private final Connection connection;
    private final FloorPlan plan;
    private final ReportPeriod period;

    StationFigures(Connection connection, FloorPlan plan, ReportPeriod period) {
        this.connection = connection;
        this.plan = plan;
        this.period = period;
    }

    List<StationRow> rows() {
        Map<String, Outflow> outflow = outflow(connection, period);
        Map<String, Double> meanWip = StationWip.average(connection, period.start(), period.end());
        StationSeries cycleSeconds = CycleTimes.meanSeconds(connection,
                new TimeSlices(List.of(period.start()), period.end()));
        Map<String, Long> downtime = downtimeMicros();
        double plannedS = Micros.seconds(period.length());
        return plan.stations().stream().map(station -> {
            Outflow out = outflow.getOrDefault(station.id(), Outflow.NONE);
            double downS = downtime.getOrDefault(station.id(), 0L) / Micros.PER_SECOND;
            boolean works = station.kind().holdsWip();
            Double availability = works ? Ratio.of(plannedS - downS, plannedS) : null;
            Double performance = works ? Ratio.of(station.idealCycleS() * out.processed(), plannedS - downS) : null;
            performance = performance == null ? null : Math.min(1.0, performance);
            Double quality = Ratio.of(out.processed() - out.errors(), out.processed());
            Double oee = availability == null || performance == null || quality == null
                    ? null : availability * performance * quality;
            Double cycle = cycleSeconds.get(station.id(), 0);
            double wip = station.kind().holdsWip() ? meanWip.getOrDefault(station.id(), 0.0) : 0.0;
            return new StationRow(station.id(), station.department(), station.kind().planName(), out.processed(),
                    out.errors(), wip, cycle, oee, availability,
                    performance, quality, downS / 3600);
        }).toList();
    }

    /** The ids of the plan's stations of these kinds, in plan order. */
    static List<String> idsOf(FloorPlan plan, StationKind... kinds) {
        List<StationKind> wanted = List.of(kinds);
        return plan.stations().stream().filter(s -> wanted.contains(s.kind())).map(Station::id).toList();
    }

    /** Moves out of each station in the period, by station id (stations without any are absent). */
    static Map<String, Outflow> outflow(Connection connection, ReportPeriod period) {
        Map<String, Outflow> outflow = new HashMap<>();
        Query.of(OUTFLOW, period.start(), period.end())
                .forEach(connection, rs -> outflow.put(rs.getString(1), new Outflow(rs.getLong(2), rs.getLong(3))));
        return outflow;
    }

    /** Per station: the union of its machines' maintenance intervals (open ones to the period's end), clipped. */
    private Map<String, Long> downtimeMicros() {
        Map<String, Machine> machines = plan.machinesById();
        Map<String, Downtime> byStation = new HashMap<>();
        long start = UtcMicros.of(period.start());
        long end = UtcMicros.of(period.end());
        Query.of(WORK_ORDERS, period.end(), period.end()).forEach(connection, rs -> {
            Machine machine = machines.get(rs.getString(1));
            if (machine != null) {
                byStation.computeIfAbsent(machine.station(), s -> new Downtime(start, end))
                        .add(rs.getLong(2), rs.getLong(3));
            }
        });
        Map<String, Long> micros = new HashMap<>();
        byStation.forEach((station, downtime) -> micros.put(station, downtime.micros()));
        return micros;
    }
}
