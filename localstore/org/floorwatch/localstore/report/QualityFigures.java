package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.localstore.report.QualityReport.ErrorFailures;
import org.floorwatch.localstore.report.QualityReport.Maintenance;
import org.floorwatch.localstore.report.QualityReport.StationFailures;
import org.floorwatch.localstore.report.QualityReport.ToolKind;
import org.floorwatch.localstore.report.QualityReport.Totals;
import org.floorwatch.localstore.report.QualityReport.WorkOrder;
import org.floorwatch.localstore.report.StationFigures.Outflow;

/** Computes the {@link QualityReport} from the stored moves, work orders, tool master list and inventory. */
final class QualityFigures {

    /**
     * Each part's first move out of an inspection station over all history (of two at the same instant, the one
     * received first) and whether it passed; those whose first is in the period. Every inspection of a part inspected
     * in the period lies after {@link PartHistory#since}, so the inspections are read from there, not from all history.
     */
    private static final String FIRST_PASS = """
            WITH inspected AS (SELECT part, ts, seq, error FROM moves
                               WHERE from_station IN (#in#) AND ts >= make_timestamp(?::BIGINT)
                                 AND ts < make_timestamp(?::BIGINT)),
                 firsts AS (SELECT min(ts) AS ts, arg_min(error IS NULL, (ts, seq)) AS passed FROM inspected GROUP BY part)
            SELECT count(*), count(*) FILTER (WHERE passed) FROM firsts WHERE ts >= make_timestamp(?::BIGINT)""";

    private static final String INTO = """
            SELECT count(*) FROM moves
            WHERE to_station IN (#in#) AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)""";

    private static final String FAILURES = """
            SELECT from_station, error, count(*) FROM moves
            WHERE error IS NOT NULL AND from_station IS NOT NULL
              AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)
            GROUP BY ALL ORDER BY 3 DESC, 1, 2""";

    private static final String RESOLVED = """
            SELECT count(*), avg(epoch_us(resolved) - epoch_us(reported)) FROM work_orders
            WHERE resolved >= make_timestamp(?::BIGINT) AND resolved < make_timestamp(?::BIGINT)""";

    private static final String WORK_ORDERS = """
            SELECT work_order, machine, fault, severity, epoch_us(reported), epoch_us(started), epoch_us(resolved),
                   technician FROM work_orders
            WHERE reported < make_timestamp(?::BIGINT) AND (resolved IS NULL OR resolved >= make_timestamp(?::BIGINT))
            ORDER BY reported, work_order""";

    private static final String TOOLS = """
            SELECT t.kind, count(*) FILTER (WHERE lower(i.status) = 'retired'),
                   avg(i.hours_used) FILTER (WHERE lower(i.status) = 'retired'), avg(t.expected_life_hours)
            FROM tools t LEFT JOIN tool_inventory i USING (tool_id)
            WHERE t.kind IS NOT NULL GROUP BY t.kind ORDER BY t.kind""";

    private final Connection connection;
    private final FloorPlan plan;
    private final ReportPeriod period;

    QualityFigures(Connection connection, FloorPlan plan, ReportPeriod period) {
        this.connection = connection;
        this.plan = plan;
        this.period = period;
    }

    QualityReport report() {
        Map<String, Outflow> outflow = StationFigures.outflow(connection, period);
        long inspected = sum(outflow, StationKind.INSPECTION, Outflow::processed);
        long failed = sum(outflow, StationKind.INSPECTION, Outflow::errors);
        List<String> inspection = stationsOf(StationKind.INSPECTION);
        Double firstPassYield = Query.of(FIRST_PASS, inspection, PartHistory.since(connection, period.start()),
                period.end(), period.start()).one(connection, rs -> Ratio.of(rs.getLong(2), rs.getLong(1)));
        Map<String, Long> wipAtEnd = StationWip.at(connection, period.end());
        long pendingRework = stationsOf(StationKind.REWORK).stream()
                .mapToLong(id -> wipAtEnd.getOrDefault(id, 0L)).sum();
        long scrapped = Query.of(INTO, stationsOf(StationKind.SCRAP), period.start(), period.end())
                .one(connection, rs -> rs.getLong(1));
        Totals totals = new Totals(inspected, inspected - failed, failed, firstPassYield,
                sum(outflow, StationKind.REWORK, Outflow::processed), pendingRework, scrapped);
        List<ErrorFailures> byError = Query.of(FAILURES, period.start(), period.end())
                .list(connection, rs -> new ErrorFailures(rs.getString(1), rs.getString(2), rs.getLong(3)));
        return new QualityReport(ReportHeader.of(ReportKind.QUALITY, plan, period), totals, byStation(byError),
                byError, maintenance(), tools());
    }

    private List<StationFailures> byStation(List<ErrorFailures> byError) {
        Map<String, Station> stations = plan.stationsById();
        return byError.stream()
                .collect(Collectors.groupingBy(ErrorFailures::station, Collectors.summingLong(ErrorFailures::failures)))
                .entrySet().stream()
                .map(e -> new StationFailures(e.getKey(),
                        stations.containsKey(e.getKey()) ? stations.get(e.getKey()).department() : null, e.getValue()))
                .sorted(Comparator.comparingLong(StationFailures::failures).reversed()
                        .thenComparing(StationFailures::station))
                .toList();
    }

    private Maintenance maintenance() {
        record Resolved(long count, Double meanMicros) { }
        Resolved resolved = Query.of(RESOLVED, period.start(), period.end())
                .one(connection, rs -> new Resolved(rs.getLong(1), Query.nullableDouble(rs, 2)));
        List<WorkOrder> records = Query.of(WORK_ORDERS, period.end(), period.start()).list(connection, rs -> {
            var reported = Query.instant(rs, 5);
            var done = Query.instant(rs, 7);
            return new WorkOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), reported,
                    Query.instant(rs, 6), done, rs.getString(8),
                    done == null ? null : Micros.seconds(Duration.between(reported, done)) / 3600);
        });
        return new Maintenance(resolved.count(),
                resolved.meanMicros() == null ? null : resolved.meanMicros() / Micros.PER_HOUR, records);
    }

    private List<ToolKind> tools() {
        return Query.of(TOOLS).list(connection, rs -> new ToolKind(rs.getString(1), rs.getLong(2),
                Query.nullableDouble(rs, 3), Query.nullableDouble(rs, 4)));
    }

    private long sum(Map<String, Outflow> outflow, StationKind kind, ToLongFunction<Outflow> figure) {
        return stationsOf(kind).stream()
                .mapToLong(id -> figure.applyAsLong(outflow.getOrDefault(id, Outflow.NONE))).sum();
    }

    private List<String> stationsOf(StationKind kind) {
        return StationFigures.idsOf(plan, kind);
    }
}
