package org.floorwatch.localstore.report;

import java.time.Instant;
import java.util.List;

/**
 * The workforce report (contract sections 5 and 6) from the clock-in sheets of the period's production days and
 * the task log: attendance per department (and per shift), absence reasons, hours and utilisation per worker,
 * hours per task.
 */
public record WorkforceReport(ReportHeader header, List<Attendance> byDepartment, List<Attendance> byDepartmentShift,
                              List<AbsenceReason> absenceReasons, List<Worker> byWorker, List<TaskHours> byTask)
        implements Report {

    public WorkforceReport {
        byDepartment = List.copyOf(byDepartment);
        byDepartmentShift = List.copyOf(byDepartmentShift);
        absenceReasons = List.copyOf(absenceReasons);
        byWorker = List.copyOf(byWorker);
        byTask = List.copyOf(byTask);
    }

    /** Clock-in rows of a department ({@code shift} null: all shifts) by status. */
    public record Attendance(String department, String shift, long scheduled, long present, long late, long absent,
                             Double attendanceRate) { }

    /** Absent rows by reason ({@code reason} null where the sheet gave none). */
    public record AbsenceReason(String reason, long count) { }

    /** {@code employee} is the Employee ID; hours are elapsed time. */
    public record Worker(String employee, String name, String department, double hoursWorked, double taskHours,
                         Double utilisation) { }

    public record TaskHours(String task, double hours) { }

    @Override
    public ReportDocument document(Instant generatedAt) {
        return WorkforceTables.document(this, generatedAt);
    }
}
