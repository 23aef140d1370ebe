package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.Tables.charted;
import static org.floorwatch.localstore.report.Tables.count;
import static org.floorwatch.localstore.report.Tables.decimal;
import static org.floorwatch.localstore.report.Tables.percent;
import static org.floorwatch.localstore.report.Tables.row;
import static org.floorwatch.localstore.report.Tables.table;
import static org.floorwatch.localstore.report.Tables.text;

import java.time.Instant;
import java.util.List;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Column;
import org.floorwatch.localstore.report.ReportDocument.Table;
import org.floorwatch.localstore.report.WorkforceReport.Attendance;

/** The workforce report as tables: attendance by department and shift, absences, workers, tasks (charted). */
final class WorkforceTables {

    private WorkforceTables() {
    }

    static ReportDocument document(WorkforceReport report, Instant generatedAt) {
        List<Column> attendance = List.of(text("Department"), text("Shift"), count("Scheduled", "rows"),
                count("Present", "rows"), count("Late", "rows"), count("Absent", "rows"), percent("Attendance"));
        Table byDepartment = charted("Attendance by department", attendance,
                report.byDepartment().stream().map(WorkforceTables::attendanceRow).toList(),
                ChartKind.BAR, "Attendance by department", 0, 6);
        Table byShift = table("Attendance by shift", attendance,
                report.byDepartmentShift().stream().map(WorkforceTables::attendanceRow).toList());
        Table reasons = charted("Absence reasons", List.of(text("Reason"), count("Absences", "rows")),
                report.absenceReasons().stream().map(r -> row(r.reason(), r.count())).toList(),
                ChartKind.BAR, "Absences by reason", 0, 1);
        Table workers = table("By worker",
                List.of(text("Employee ID"), text("Name"), text("Department"), decimal("Hours worked", "h"),
                        decimal("Task hours", "h"), percent("Utilisation")),
                report.byWorker().stream().map(w -> row(w.employee(), w.name(), w.department(), w.hoursWorked(),
                        w.taskHours(), w.utilisation())).toList());
        Table tasks = charted("Hours by task", List.of(text("Task"), decimal("Hours", "h")),
                report.byTask().stream().map(t -> row(t.task(), t.hours())).toList(),
                ChartKind.BAR, "Hours by task", 0, 1);
        return Tables.document("Workforce report", report.header(), generatedAt, byDepartment, byShift, reasons,
                workers, tasks);
    }

    private static List<Object> attendanceRow(Attendance a) {
        return row(a.department(), a.shift(), a.scheduled(), a.present(), a.late(), a.absent(), a.attendanceRate());
    }
}
