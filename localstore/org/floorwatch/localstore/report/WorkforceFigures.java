package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.report.WorkforceReport.AbsenceReason;
import org.floorwatch.localstore.report.WorkforceReport.Attendance;
import org.floorwatch.localstore.report.WorkforceReport.TaskHours;
import org.floorwatch.localstore.report.WorkforceReport.Worker;
import org.floorwatch.localstore.UtcMicros;

/**
 * Computes the {@link WorkforceReport}: clock-in rows whose production day is in the period (as stored: a corrected
 * sheet has already replaced the rows it corrects), and task-log tasks that start in the period.
 */
final class WorkforceFigures {

    private record ClockIn(String employee, String name, String department, String shift, LocalDate day, String status,
                           String reason, Instant in, Instant out) {
        boolean is(String word) {
            return status != null && status.trim().toLowerCase(Locale.ROOT).equals(word);
        }
    }

    private record Task(String employee, String task, long micros) { }

    private static final String CLOCK_INS = """
            SELECT employee_id, name, department, shift, day::VARCHAR, status, absence_reason, epoch_us(clock_in),
                   epoch_us(clock_out)
            FROM clock_ins WHERE day >= ?::DATE AND day <= ?::DATE ORDER BY employee_id, day, shift""";

    private static final String TASKS = """
            SELECT employee_id, task, sum(epoch_us(end_ts) - epoch_us(start_ts)) FROM task_log
            WHERE start_ts >= make_timestamp(?::BIGINT) AND start_ts < make_timestamp(?::BIGINT) GROUP BY ALL""";

    /** Counts of clock-in rows by status. */
    private static final class Tally {
        long scheduled;
        long present;
        long late;
        long absent;

        void add(ClockIn row) {
            scheduled++;
            present += row.is("present") ? 1 : 0;
            late += row.is("late") ? 1 : 0;
            absent += row.is("absent") ? 1 : 0;
        }

        Attendance attendance(String department, String shift) {
            return new Attendance(department, shift, scheduled, present, late, absent,
                    Ratio.of(present + late, scheduled));
        }
    }

    private final Connection connection;
    private final FloorPlan plan;
    private final ReportPeriod period;

    WorkforceFigures(Connection connection, FloorPlan plan, ReportPeriod period) {
        this.connection = connection;
        this.plan = plan;
        this.period = period;
    }

    WorkforceReport report() {
        List<ClockIn> rows = Query.of(CLOCK_INS, period.from(), period.to()).list(connection, rs -> new ClockIn(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), LocalDate.parse(rs.getString(5)),
                rs.getString(6), rs.getString(7), Query.instant(rs, 8), Query.instant(rs, 9)));
        List<Task> tasks = Query.of(TASKS, period.start(), period.end())
                .list(connection, rs -> new Task(rs.getString(1), rs.getString(2), rs.getLong(3)));
        Map<String, Tally> byDepartment = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<List<String>, Tally> byDepartmentShift = new TreeMap<>(Comparator
                .comparing((List<String> key) -> key.get(0), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(key -> key.get(1), Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<String, Long> reasons = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ClockIn row : rows) {
            byDepartment.computeIfAbsent(row.department(), d -> new Tally()).add(row);
            byDepartmentShift.computeIfAbsent(Arrays.asList(row.department(), row.shift()), k -> new Tally())
                    .add(row);
            if (row.is("absent")) {
                reasons.merge(row.reason(), 1L, Long::sum);
            }
        }
        return new WorkforceReport(ReportHeader.of(ReportKind.WORKFORCE, plan, period),
                byDepartment.entrySet().stream().map(e -> e.getValue().attendance(e.getKey(), null)).toList(),
                byDepartmentShift.entrySet().stream()
                        .map(e -> e.getValue().attendance(e.getKey().get(0), e.getKey().get(1))).toList(),
                reasons.entrySet().stream().map(e -> new AbsenceReason(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(AbsenceReason::count).reversed()).toList(),
                workers(rows, tasks), byTask(tasks));
    }

    private List<Worker> workers(List<ClockIn> rows, List<Task> tasks) {
        Map<String, ClockIn> last = new TreeMap<>();
        Map<String, Long> workedMicros = new TreeMap<>();
        Map<String, Long> taskMicros = new TreeMap<>();
        for (ClockIn row : rows) {
            last.put(row.employee(), row);
            workedMicros.merge(row.employee(), workedMicros(row), Long::sum);
        }
        tasks.forEach(task -> taskMicros.merge(task.employee(), task.micros(), Long::sum));
        TreeSet<String> employees = new TreeSet<>(workedMicros.keySet());
        employees.addAll(taskMicros.keySet());
        List<Worker> workers = new ArrayList<>();
        for (String employee : employees) {
            ClockIn known = last.get(employee);
            double worked = workedMicros.getOrDefault(employee, 0L) / Micros.PER_HOUR;
            double onTasks = taskMicros.getOrDefault(employee, 0L) / Micros.PER_HOUR;
            workers.add(new Worker(employee, known == null ? null : known.name(),
                    known == null ? null : known.department(), worked, onTasks, Ratio.of(onTasks, worked)));
        }
        return workers;
    }

    /** Clock Out - Clock In as elapsed time; Absent 0; no Clock Out: the shift's end. */
    private long workedMicros(ClockIn row) {
        if (row.is("absent") || row.in() == null) {
            return 0;
        }
        Instant out = row.out() != null ? row.out()
                : period.calendar().shift(row.day(), row.shift()).map(ShiftSlot::end).orElse(row.in());
        return UtcMicros.of(out) - UtcMicros.of(row.in());
    }

    private static List<TaskHours> byTask(List<Task> tasks) {
        Map<String, Long> micros = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        tasks.forEach(task -> micros.merge(task.task(), task.micros(), Long::sum));
        return micros.entrySet().stream().map(e -> new TaskHours(e.getKey(), e.getValue() / Micros.PER_HOUR))
                .sorted(Comparator.comparingDouble(TaskHours::hours).reversed()).toList();
    }
}
