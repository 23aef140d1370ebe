package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Machine;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.localstore.report.EnergyReport.DepartmentEnergy;
import org.floorwatch.localstore.report.EnergyReport.MachineDay;
import org.floorwatch.localstore.report.EnergyReport.MachineEnergy;
import org.floorwatch.localstore.report.EnergyReport.Source;
import org.floorwatch.localstore.report.EnergyReport.Totals;

/**
 * Computes the {@link EnergyReport}. Per machine and production day: the energy report's kWh where a row exists,
 * else the sum of live samples whose {@code ts} falls in that day. Peak power is the largest of the reports'
 * {@code peak_kw} and the samples' {@code kw} in the period, whichever source gave the day's kWh.
 */
final class EnergyFigures {

    /** One machine's energy on one production day from one source. */
    private record DayFigure(LocalDate day, String machine, double kwh, Double peakKw) { }

    /** A machine's kWh and peak power over the period so far; the peak is null until a value is seen. */
    private static final class MachineTotal {
        double kwh;
        Double peakKw;

        void seePeak(Double kw) {
            if (kw != null) {
                peakKw = peakKw == null ? kw : Math.max(peakKw, kw);
            }
        }
    }

    private static final String REPORTS = """
            SELECT day::VARCHAR, machine, kwh, peak_kw FROM energy_reports WHERE day >= ?::DATE AND day <= ?::DATE""";

    /** Samples summed per machine and time bucket first (no bucket straddles a day's start), then per day. */
    private static final String SAMPLES = """
            SELECT s.slice, b.machine, sum(b.kwh), max(b.kw)
            FROM (SELECT machine, epoch_us(ts) // ?::BIGINT * ?::BIGINT AS us, sum(kwh) AS kwh, max(kw) AS kw
                  FROM energy_samples WHERE ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)
                  GROUP BY ALL) b
            ASOF JOIN slices s ON b.us >= s.start_us
            GROUP BY ALL""";

    private static final String COMPLETED = """
            SELECT count(*) FROM moves
            WHERE to_station IN (#in#) AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT)""";

    private final Connection connection;
    private final FloorPlan plan;
    private final ReportPeriod period;

    EnergyFigures(Connection connection, FloorPlan plan, ReportPeriod period) {
        this.connection = connection;
        this.plan = plan;
        this.period = period;
    }

    EnergyReport report() {
        List<LocalDate> days = period.days();
        Map<List<Object>, DayFigure> reported = reportedDays();
        Map<List<Object>, DayFigure> live = liveDays(days);
        Map<String, MachineTotal> totals = new LinkedHashMap<>();
        plan.machines().forEach(m -> totals.put(m.id(), new MachineTotal()));
        TreeSet<String> notInPlan = new TreeSet<>();
        reported.values().forEach(d -> notInPlan.add(d.machine()));
        live.values().forEach(d -> notInPlan.add(d.machine()));
        notInPlan.removeAll(totals.keySet());
        notInPlan.forEach(id -> totals.put(id, new MachineTotal()));

        List<MachineDay> byMachineDay = new ArrayList<>();
        for (LocalDate day : days) {
            for (Map.Entry<String, MachineTotal> machine : totals.entrySet()) {
                DayFigure fromReport = reported.get(List.of(day, machine.getKey()));
                DayFigure fromLive = live.get(List.of(day, machine.getKey()));
                DayFigure counted = fromReport != null ? fromReport : fromLive;
                MachineTotal total = machine.getValue();
                if (counted != null) {
                    total.kwh += counted.kwh();
                    byMachineDay.add(new MachineDay(day, machine.getKey(), counted.kwh(),
                            fromReport != null ? Source.REPORT : Source.LIVE));
                }
                total.seePeak(fromReport == null ? null : fromReport.peakKw());
                total.seePeak(fromLive == null ? null : fromLive.peakKw());
            }
        }
        return assemble(totals, byMachineDay);
    }

    /** The energy report rows of the period's days, by (day, machine). */
    private Map<List<Object>, DayFigure> reportedDays() {
        Map<List<Object>, DayFigure> reported = new HashMap<>();
        Query.of(REPORTS, period.from(), period.to()).forEach(connection, rs -> {
            DayFigure day = new DayFigure(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getDouble(3),
                    Query.nullableDouble(rs, 4));
            reported.put(List.of(day.day(), day.machine()), day);
        });
        return reported;
    }

    /** The live samples summed per production day of their {@code ts} and machine, by (day, machine). */
    private Map<List<Object>, DayFigure> liveDays(List<LocalDate> days) {
        TimeSlices slices = new TimeSlices(days.stream().map(period.calendar()::dayStart).toList());
        long bucket = slices.bucketMicros();
        Map<List<Object>, DayFigure> live = new HashMap<>();
        Query.of("WITH " + slices.cte() + "\n" + SAMPLES, bucket, bucket, period.start(), period.end())
                .forEach(connection, rs -> {
                    DayFigure day = new DayFigure(days.get(rs.getInt(1)), rs.getString(2), rs.getDouble(3),
                            Query.nullableDouble(rs, 4));
                    live.put(List.of(day.day(), day.machine()), day);
                });
        return live;
    }

    private EnergyReport assemble(Map<String, MachineTotal> totals, List<MachineDay> byMachineDay) {
        Map<String, Machine> machines = plan.machinesById();
        Map<String, Station> stations = plan.stationsById();
        Map<String, Double> byDepartment = new LinkedHashMap<>();
        plan.departments().forEach(d -> byDepartment.put(d.id(), 0.0));
        List<MachineEnergy> byMachine = new ArrayList<>();
        MachineTotal site = new MachineTotal();
        for (Map.Entry<String, MachineTotal> entry : totals.entrySet()) {
            Machine machine = machines.get(entry.getKey());
            Station station = machine == null ? null : stations.get(machine.station());
            String department = station == null ? null : station.department();
            MachineTotal total = entry.getValue();
            byMachine.add(new MachineEnergy(entry.getKey(), station == null ? null : station.id(), department,
                    total.kwh, total.peakKw));
            if (department != null) {
                byDepartment.merge(department, total.kwh, Double::sum);
            }
            site.kwh += total.kwh;
            site.seePeak(total.peakKw);
        }
        long completed = Query.of(COMPLETED, StationFigures.idsOf(plan, StationKind.EXIT), period.start(), period.end())
                .one(connection, rs -> rs.getLong(1));
        return new EnergyReport(ReportHeader.of(ReportKind.ENERGY, plan, period),
                new Totals(site.kwh, Ratio.of(site.kwh, completed), site.peakKw, completed), byMachine,
                byDepartment.entrySet().stream().map(e -> new DepartmentEnergy(e.getKey(), e.getValue())).toList(),
                byMachineDay);
    }
}
