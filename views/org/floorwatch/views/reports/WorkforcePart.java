package org.floorwatch.views.reports;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.Node;
import org.floorwatch.localstore.report.WorkforceReport;
import org.floorwatch.localstore.report.WorkforceReport.AbsenceReason;
import org.floorwatch.localstore.report.WorkforceReport.Attendance;
import org.floorwatch.localstore.report.WorkforceReport.TaskHours;
import org.floorwatch.localstore.report.WorkforceReport.Worker;
import org.floorwatch.views.theme.KpiTile;

/**
 * The workforce report on screen: attendance tiles, attendance per department and per department and shift,
 * absence reasons, hours and utilisation per worker, hours per task. The tiles add up the attendance rows the
 * filters show (per department and shift under a shift filter).
 */
final class WorkforcePart implements ReportPart {

    private final Tile scheduled = KpiTile.of("kpi-scheduled", "Scheduled");
    private final Tile present = KpiTile.of("kpi-present", "Present");
    private final Tile late = KpiTile.of("kpi-late", "Late");
    private final Tile absent = KpiTile.of("kpi-absent", "Absent");
    private final Tile attendance = KpiTile.of("kpi-attendance", "Attendance");
    private final Tile hours = KpiTile.of("kpi-hours", "Hours worked");
    private final FigureTable<Attendance> byDepartment = attendanceTable("attendance-table", false);
    private final FigureTable<Attendance> byShift = attendanceTable("attendance-shift-table", true);
    private final FigureTable<AbsenceReason> reasons = new FigureTable<AbsenceReason>("absence-table", "No absences")
            .text("Reason", r -> r.reason() == null ? "(none given)" : r.reason()).count("Absent", AbsenceReason::count);
    private final FigureTable<Worker> workers = new FigureTable<Worker>("worker-table", "No clock-ins in this period")
            .text("Employee", Worker::employee).text("Name", Worker::name).text("Department", Worker::department)
            .decimal("Hours worked (h)", 2, Worker::hoursWorked).decimal("Task hours (h)", 2, Worker::taskHours)
            .percent("Utilisation", Worker::utilisation).showingUpTo(20);
    private final FigureTable<TaskHours> tasks = new FigureTable<TaskHours>("task-table", "No tasks in this period")
            .text("Task", TaskHours::task).decimal("Hours (h)", 2, TaskHours::hours);
    private final Node root;

    WorkforcePart() {
        Node departments = Sections.section("Attendance per department", byDepartment.view(), 0);
        Node shifts = Sections.section("Attendance per department and shift", byShift.view(), 0);
        Node absence = Sections.section("Absence reasons", reasons.view(), 0);
        Node taskHours = Sections.section("Hours per task", tasks.view(), 0);
        Node perWorker = Sections.section("Hours and utilisation per worker", workers.view(), 0);
        root = Sections.page(KpiTile.row(List.of(scheduled, present, late, absent, attendance, hours)),
                List.of(departments, shifts, absence, taskHours, perWorker), List.of(perWorker));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(ReportFigures figures, RowFilter filter) {
        WorkforceReport report = (WorkforceReport) figures.report();
        List<Attendance> departments = report.byDepartment().stream()
                .filter(a -> filter.departmentShown(a.department())).toList();
        List<Attendance> shifts = report.byDepartmentShift().stream()
                .filter(a -> filter.departmentShown(a.department()) && filter.shiftShown(a.shift())).toList();
        List<Worker> shownWorkers = report.byWorker().stream()
                .filter(w -> filter.departmentShown(w.department())).toList();
        List<Attendance> counted = filter.shift() == null ? departments : shifts;
        long all = counted.stream().mapToLong(Attendance::scheduled).sum();
        long here = counted.stream().mapToLong(Attendance::present).sum();
        long lateCount = counted.stream().mapToLong(Attendance::late).sum();
        String over = over(filter);
        KpiTile.show(scheduled, Numbers.count(all), "clock-in rows \u00b7 " + over);
        KpiTile.show(present, Numbers.count(here), "on time \u00b7 " + over);
        KpiTile.show(late, Numbers.count(lateCount), over);
        KpiTile.show(absent, Numbers.count(counted.stream().mapToLong(Attendance::absent).sum()), over);
        KpiTile.show(attendance, Numbers.percent(all == 0 ? null : (double) (here + lateCount) / all), "present or late");
        KpiTile.show(hours, Numbers.decimal(shownWorkers.stream().mapToDouble(Worker::hoursWorked).sum(), 1),
                "hours \u00b7 " + (filter.department() == null ? "all departments" : filter.department()));
        byDepartment.show(departments);
        byShift.show(shifts);
        reasons.show(report.absenceReasons());
        workers.show(shownWorkers);
        tasks.show(report.byTask());
    }

    private static String over(RowFilter filter) {
        String shift = filter.shift() == null ? "" : "shift " + filter.shift();
        String department = filter.department() == null ? "" : filter.department();
        String both = (shift + " " + department).trim();
        return both.isEmpty() ? "whole period" : both;
    }

    private static FigureTable<Attendance> attendanceTable(String id, boolean perShift) {
        FigureTable<Attendance> table = new FigureTable<Attendance>(id, "No clock-ins in this period")
                .text("Department", Attendance::department);
        if (perShift) {
            table.text("Shift", Attendance::shift);
        }
        return table.count("Scheduled", Attendance::scheduled).count("Present", Attendance::present)
                .count("Late", Attendance::late).count("Absent", Attendance::absent)
                .percent("Attendance", Attendance::attendanceRate);
    }
}
