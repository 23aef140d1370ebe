package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * Writes one production day's file sources into the day's folder: a clock-in sheet per shift, the task
 * log and the energy report. Which day gets which variant and fault follows the day's number in the run
 * (0, 1, 2, ...), so that any run of three days or more holds every one:
 * <ul>
 *   <li>clock-in sheets are .xlsx, but .csv ({@code ;}, CRLF, byte-order mark) on days 1, 5, 9, ...;</li>
 *   <li>energy reports are .csv, but .xlsx on days 2, 5, 8, ...;</li>
 *   <li>corrected re-issues ({@code _v2.csv}, sorting after the original): a clock-in sheet on days 0, 5,
 *       10, ..., an energy report on days 2, 7, 12, ...;</li>
 *   <li>late files: the task log of days 1, 7, 13, ... lands in the next day's folder (never past the run).</li>
 * </ul>
 */
final class DayFiles {

    /** What one day's files hold. */
    record Day(LocalDate day, List<List<ClockIn>> shifts, List<TaskLogFiles.Task> tasks, List<EnergyReportFiles.Row> energy) {

        long clockIns() {
            return shifts.stream().mapToLong(List::size).sum();
        }
    }

    private final FloorPlan plan;
    private final ProductionCalendar calendar;
    private final Workforce workforce;
    private final ClockInSheets sheets;
    private final TaskLogFiles taskLog;
    private final OutputFolder out;
    private final MeteredEnergy metered;
    private final List<String> reissues = new ArrayList<>();
    private final List<String> lateFiles = new ArrayList<>();

    DayFiles(FloorPlan plan, Workforce workforce, OutputFolder out, MeteredEnergy metered) {
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
        this.workforce = workforce;
        this.sheets = new ClockInSheets(plan.timezone());
        this.taskLog = new TaskLogFiles(workforce, plan.timezone());
        this.out = out;
        this.metered = metered;
    }

    /** Writes day number {@code index} of a run of {@code days}. */
    Day write(LocalDate day, int index, int days, SplittableRandom random) throws IOException {
        List<List<ClockIn>> shifts = writeClockIns(day, index, random);
        List<TaskLogFiles.Task> tasks = new ArrayList<>();
        shifts.forEach(rows -> rows.forEach(row -> tasks.addAll(taskLog.tasks(row, random))));
        boolean late = index % 6 == 1 && index + 1 < days;
        LocalDate folder = late ? day.plusDays(1) : day;
        taskLog.write(out.day(folder, "tasks-" + day + ".csv"), tasks);
        if (late) {
            lateFiles.add(folder + "/tasks-" + day + ".csv");
        }
        List<EnergyReportFiles.Row> energy = EnergyReportFiles.of(plan, day, metered, random);
        writeEnergyReport(day, index, energy);
        return new Day(day, shifts, tasks, energy);
    }

    private List<List<ClockIn>> writeClockIns(LocalDate day, int index, SplittableRandom random) throws IOException {
        List<List<ClockIn>> shifts = new ArrayList<>();
        List<ShiftSlot> slots = calendar.shifts(day);
        for (ShiftSlot slot : slots) {
            List<ClockIn> rows = Attendance.of(slot, workforce.onShift(slot.shift().name()), random);
            shifts.add(rows);
            String stem = "clock-ins-" + day + "-" + shiftName(slot);
            if (index % 4 == 1) {
                sheets.writeCsv(out.day(day, stem + ".csv"), CsvFile.EXCEL_EUROPE, rows);
            } else {
                sheets.writeXlsx(out.day(day, stem + ".xlsx"), day, rows);
            }
        }
        if (index % 5 == 0) {
            int corrected = slots.size() > 1 ? 1 : 0;
            String name = "clock-ins-" + day + "-" + shiftName(slots.get(corrected)) + "_v2.csv";
            CsvFile.write(out.day(day, name), CsvFile.PLAIN, ClockInSheets.HEADER,
                    Reissues.clockIns(csvRows(shifts.get(corrected))));
            reissues.add(day + "/" + name);
        }
        return shifts;
    }

    private void writeEnergyReport(LocalDate day, int index, List<EnergyReportFiles.Row> energy) throws IOException {
        String report = "energy-report-" + day;
        if (index % 3 == 2) {
            EnergyReportFiles.writeXlsx(out.day(day, report + ".xlsx"), day, energy);
        } else {
            EnergyReportFiles.writeCsv(out.day(day, report + ".csv"), energy);
        }
        if (index % 5 == 2) {
            CsvFile.write(out.day(day, report + "_v2.csv"), CsvFile.PLAIN, EnergyReportFiles.HEADER,
                    Reissues.energyReport(energy));
            reissues.add(day + "/" + report + "_v2.csv");
        }
    }

    /** Writes the files meant to be refused, each made from one of the day's files. */
    void breakInto(Day day, BadFiles bad) throws IOException {
        List<ShiftSlot> slots = calendar.shifts(day.day());
        int last = slots.size() - 1;
        bad.absenceReasonOnPresent(day.day(), shiftName(slots.get(0)), csvRows(day.shifts().get(0)));
        bad.unknownStatus(day.day(), shiftName(slots.get(last)), csvRows(day.shifts().get(last)));
        bad.negativeKwh(day.day(), day.energy());
        bad.badTaskStart(day.day(), taskLog.rows(day.tasks()));
    }

    /** The re-issued files written so far, as paths relative to the output folder. */
    List<String> reissues() {
        return List.copyOf(reissues);
    }

    /** The task logs written to a later day's folder, as paths relative to the output folder. */
    List<String> lateFiles() {
        return List.copyOf(lateFiles);
    }

    private static String shiftName(ShiftSlot slot) {
        return OutputFolder.safe(slot.shift().name());
    }

    private List<List<String>> csvRows(List<ClockIn> rows) {
        return new ArrayList<>(rows.stream().map(sheets::csvRow).toList());
    }
}
