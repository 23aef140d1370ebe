package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * The clock-in sheet and task log of a simulated floor that runs on: each shift's rows are appended once the shift is
 * over and its last clock-out past, as a site hands them in, for the staff of {@link FileSimulator}'s run of the same
 * seed and roster, so live days carry on from the history's. Both files are created with their header only, replacing
 * earlier ones.
 */
public final class LiveShiftFiles {

    /** After a shift's end: every clock-out (up to 25 minutes late) and task is past. */
    static final Duration HANDED_IN = Duration.ofMinutes(30);

    private final ProductionCalendar calendar;
    private final Workforce workforce;
    private final ClockInSheets sheets;
    private final TaskLogFiles taskLog;
    private final Path clockIns;
    private final Path tasks;
    private final long seed;
    private LocalDate day;
    private int shift;

    /** The shifts from the first of {@code firstDay} on; {@code workers} as {@link FileSimulationSettings#workers}. */
    public LiveShiftFiles(FloorPlan plan, long seed, int workers, LocalDate firstDay, Path clockIns, Path tasks)
            throws IOException {
        this.calendar = ProductionCalendar.of(plan);
        this.workforce = Workforce.hire(plan, workers, FileSimulator.staffing(seed));
        this.sheets = new ClockInSheets(plan.timezone());
        this.taskLog = new TaskLogFiles(workforce, plan.timezone());
        this.clockIns = clockIns;
        this.tasks = tasks;
        this.seed = seed;
        this.day = firstDay;
        CsvFile.write(clockIns, CsvFile.PLAIN, ClockInSheets.HEADER, List.of());
        CsvFile.write(tasks, CsvFile.PLAIN, TaskLogFiles.HEADER, List.of());
    }

    /** Appends the rows of every shift handed in by {@code now}, in time order. */
    public void writeUpTo(Instant now) throws IOException {
        List<ShiftSlot> slots = calendar.shifts(day);
        while (!slots.get(shift).end().plus(HANDED_IN).isAfter(now)) {
            append(slots.get(shift));
            shift++;
            if (shift == slots.size()) {
                day = day.plusDays(1);
                shift = 0;
                slots = calendar.shifts(day);
            }
        }
    }

    private void append(ShiftSlot slot) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + slot.start().getEpochSecond());
        List<ClockIn> rows = Attendance.of(slot, workforce.onShift(slot.shift().name()), random);
        List<TaskLogFiles.Task> done = new ArrayList<>();
        rows.forEach(row -> done.addAll(taskLog.tasks(row, random)));
        CsvFile.append(clockIns, CsvFile.PLAIN, new ArrayList<>(rows.stream().map(sheets::csvRow).toList()));
        CsvFile.append(tasks, CsvFile.PLAIN, taskLog.rows(done));
    }
}
