package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.localstore.report.ProductionReport.HourRow;
import org.floorwatch.localstore.report.ProductionReport.ShiftRow;
import org.floorwatch.localstore.report.ProductionReport.StationRow;
import org.floorwatch.localstore.report.ProductionReport.Totals;
import org.floorwatch.localstore.shiftlog.ShiftLog;
import org.floorwatch.localstore.shiftlog.ShiftNote;

/** Computes the {@link ProductionReport} with SQL over the stored moves and the plan's station kinds. */
final class ProductionFigures {

    /** Parts started, completed and scrapped in one slice of time. */
    private record Flow(long started, long completed, long scrapped) {
        static final Flow NONE = new Flow(0, 0, 0);

        Flow plus(Flow other) {
            return new Flow(started + other.started, completed + other.completed, scrapped + other.scrapped);
        }
    }

    /** Counted per time bucket first, then the few buckets placed in their slices (see {@link TimeSlices#bucket}). */
    private static final String FLOW = """
            SELECT s.slice, m.to_station, m.entering, sum(m.n)
            FROM (SELECT #bucket# AS bucket, to_station, from_station IS NULL AS entering, count(*) AS n FROM moves
                  WHERE ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)
                    AND (from_station IS NULL OR to_station IN (#in#))
                  GROUP BY ALL) m
            ASOF JOIN slices s ON m.bucket >= s.start_us
            GROUP BY ALL""";

    /** The entries are read from {@link PartHistory#since}, not from all history. */
    private static final String LEAD_TIME = """
            WITH done AS (SELECT part, ts FROM moves
                          WHERE to_station IN (#in#)
                            AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)),
                 entries AS (SELECT part, ts FROM moves WHERE from_station IS NULL
                             AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT))
            SELECT avg(epoch_us(d.ts) - epoch_us(e.ts))
            FROM done d ASOF JOIN entries e ON d.part = e.part AND d.ts >= e.ts""";

    private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Connection connection;
    private final FloorPlan plan;
    private final ReportPeriod period;

    ProductionFigures(Connection connection, FloorPlan plan, ReportPeriod period) {
        this.connection = connection;
        this.plan = plan;
        this.period = period;
    }

    ProductionReport report() {
        List<ShiftSlot> slots = period.shifts();
        List<ShiftSlot> worked = slots.stream().filter(slot -> slot.end().isAfter(slot.start())).toList();
        Map<Integer, Flow> byWorkedShift = flowBySlice(new TimeSlices(worked.stream().map(ShiftSlot::start).toList()));
        List<ShiftRow> byShift = new ArrayList<>();
        Flow total = Flow.NONE;
        for (ShiftSlot slot : slots) {
            int slice = worked.indexOf(slot);
            Flow flow = slice < 0 ? Flow.NONE : byWorkedShift.getOrDefault(slice, Flow.NONE);
            byShift.add(new ShiftRow(slot.day(), slot.shift().name(), slot.start(), slot.end(), flow.started(),
                    flow.completed(), flow.scrapped()));
            total = total.plus(flow);
        }
        List<StationRow> stations = new StationFigures(connection, plan, period).rows();
        Totals totals = new Totals(total.started(), total.completed(), total.scrapped(), wipEnd(), leadTimeMinutes());
        return new ProductionReport(ReportHeader.of(ReportKind.PRODUCTION, plan, period), totals, byShift, byHour(),
                stations, bottleneck(stations).orElse(null), PurchaseOrderFigures.of(connection, period), shiftLog());
    }

    /** Completions per local hour; the slices of one local hour (the repeated one) are summed into one row. */
    private List<HourRow> byHour() {
        List<Instant> starts = period.hourStarts();
        Map<Integer, Flow> bySlice = flowBySlice(new TimeSlices(starts));
        Map<String, Long> completed = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            completed.merge(period.hourKey(starts.get(i)), bySlice.getOrDefault(i, Flow.NONE).completed(), Long::sum);
        }
        return completed.entrySet().stream().map(e -> new HourRow(e.getKey(), e.getValue())).toList();
    }

    private Map<Integer, Flow> flowBySlice(TimeSlices slices) {
        record Counted(int slice, String to, boolean entering, long count) { }
        List<Counted> counted = Query.of("WITH " + slices.cte() + "\n"
                                + FLOW.replace("#bucket#", slices.bucket("epoch_us(ts)")), period.start(), period.end(),
                        stationsOf(StationKind.EXIT, StationKind.SCRAP))
                .list(connection, rs -> new Counted(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)));
        Map<String, Station> stations = plan.stationsById();
        Map<Integer, Flow> flows = new HashMap<>();
        for (Counted row : counted) {
            Station to = stations.get(row.to());
            StationKind kind = to == null ? null : to.kind();
            Flow flow = new Flow(row.entering() ? row.count() : 0, kind == StationKind.EXIT ? row.count() : 0,
                    kind == StationKind.SCRAP ? row.count() : 0);
            flows.merge(row.slice(), flow, Flow::plus);
        }
        return flows;
    }

    /** The shift log's notes written in the period, a correction naming the note it corrects. */
    private List<ProductionReport.ShiftNoteRow> shiftLog() {
        List<ShiftNote> notes = ShiftLog.between(connection, period.start(), period.end());
        Map<String, ShiftNote> byId = new HashMap<>();
        notes.forEach(note -> byId.put(note.id(), note));
        return notes.stream().map(note -> {
            ShiftNote corrected = note.corrects() == null ? null : byId.get(note.corrects());
            String corrects = note.corrects() == null ? null : corrected == null ? "an earlier note"
                    : "the note of " + NOTE_TIME.format(corrected.writtenAt().atZone(plan.timezone())) + " by "
                    + corrected.writtenBy();
            return new ProductionReport.ShiftNoteRow(note.day(), note.shift(), note.writtenAt(), note.writtenBy(),
                    note.text(), corrects);
        }).toList();
    }

    private long wipEnd() {
        Map<String, Long> wip = StationWip.at(connection, period.end());
        return plan.stations().stream().filter(s -> s.kind().holdsWip())
                .mapToLong(s -> wip.getOrDefault(s.id(), 0L)).sum();
    }

    private Double leadTimeMinutes() {
        Double micros = Query.of(LEAD_TIME, stationsOf(StationKind.EXIT), period.start(), period.end(),
                        PartHistory.since(connection, period.start()), period.end())
                .one(connection, rs -> Query.nullableDouble(rs, 1));
        return micros == null ? null : micros / Micros.PER_MINUTE;
    }

    /** The process or inspection station with the highest mean WIP; of equals, the smallest id. */
    static Optional<String> bottleneck(List<StationRow> stations) {
        return stations.stream()
                .filter(row -> StationKind.fromPlanName(row.kind()).map(StationKind::canBeBottleneck).orElse(false))
                .min(Comparator.comparingDouble(StationRow::avgWip).reversed().thenComparing(StationRow::station))
                .map(StationRow::station);
    }

    private List<String> stationsOf(StationKind... kinds) {
        return StationFigures.idsOf(plan, kinds);
    }
}
