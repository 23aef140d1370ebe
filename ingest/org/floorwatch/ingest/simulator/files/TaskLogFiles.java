package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;

/**
 * A day's task log (contract section 4): what each worker who came in did, at which station of their
 * department, from when to when. Tasks fill most of the time between clock-in and clock-out, with short
 * gaps and one break, never before the shift starts; most are at the worker's home station.
 */
final class TaskLogFiles {

    /** One task done by one worker. */
    record Task(Worker worker, String task, Station station, Instant start, Instant end) { }

    static final List<String> HEADER = List.of("employee_id", "task", "station", "start", "end");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Workforce workforce;
    private final ZoneId zone;

    TaskLogFiles(Workforce workforce, ZoneId zone) {
        this.workforce = workforce;
        this.zone = zone;
    }

    /** The tasks of one clock-in row (none when absent). */
    List<Task> tasks(ClockIn shift, SplittableRandom random) {
        List<Task> tasks = new ArrayList<>();
        if (shift.clockIn() == null) {
            return tasks;
        }
        Instant until = shift.workedUntil().minus(Duration.ofMinutes(5));
        Instant middle = shift.clockIn().plus(Duration.between(shift.clockIn(), until).dividedBy(2));
        boolean hadBreak = false;
        Instant start = later(shift.clockIn().plus(Duration.ofMinutes(5 + random.nextInt(11))), shift.slot().start());
        while (Duration.between(start, until).toMinutes() >= 20) {
            Instant end = start.plus(Duration.ofMinutes(25 + random.nextInt(126)));
            end = end.isAfter(until) ? until : end;
            Station station = stationFor(shift.worker(), random);
            tasks.add(new Task(shift.worker(), taskAt(station, random), station, start, end));
            int gap = random.nextInt(16);
            if (!hadBreak && end.isAfter(middle)) {
                gap += 30;
                hadBreak = true;
            }
            start = end.plus(Duration.ofMinutes(gap));
        }
        return tasks;
    }

    void write(Path file, List<Task> tasks) throws IOException {
        CsvFile.write(file, CsvFile.PLAIN, HEADER, rows(tasks));
    }

    /** The tasks as CSV fields, ordered by start (then employee), as the log grows through the day. */
    List<List<String>> rows(List<Task> tasks) {
        List<Task> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparing(Task::start).thenComparing(task -> task.worker().id()));
        List<List<String>> rows = new ArrayList<>(ordered.size());
        for (Task task : ordered) {
            rows.add(new ArrayList<>(List.of(task.worker().id(), task.task(), task.station().id(), local(task.start()),
                    local(task.end()))));
        }
        return rows;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    String local(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    private Station stationFor(Worker worker, SplittableRandom random) {
        List<Station> stations = workforce.stationsOf(worker);
        return random.nextDouble() < 0.7 ? worker.home() : stations.get(random.nextInt(stations.size()));
    }

    private static String taskAt(Station station, SplittableRandom random) {
        List<String> tasks = tasksAt(station.kind());
        return tasks.get(random.nextInt(tasks.size()));
    }

    private static List<String> tasksAt(StationKind kind) {
        return switch (kind) {
            case ENTRY -> List.of("Receiving", "Unloading");
            case PROCESS -> List.of("Machine run", "Machine run", "Setup", "Changeover", "Cleaning");
            case BUFFER -> List.of("Stock move", "Kitting");
            case INSPECTION -> List.of("Inspection", "Inspection", "Calibration");
            case REWORK -> List.of("Rework", "Repair");
            case EXIT -> List.of("Packing", "Shipping");
            case SCRAP -> List.of("Scrap sorting");
        };
    }
}
