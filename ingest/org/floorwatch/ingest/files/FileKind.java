package org.floorwatch.ingest.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file source (contract sections 3 and 4). A spreadsheet's kind is told from its header row: it
 * is the kind whose columns are all there (names trimmed and case-insensitive; extra columns and any order are
 * fine). {@link #code()} is what {@code source_files.kind} holds.
 */
public enum FileKind {
    CLOCK_IN("clock-in", "clock-in sheet", List.of("Employee ID", "Name", "Department", "Shift", "Date", "Clock In",
            "Clock Out", "Status", "Absence Reason")),
    TASK_LOG("task-log", "task log", List.of("employee_id", "task", "station", "start", "end")),
    ENERGY_REPORT("energy-report", "energy report", List.of("date", "machine", "kwh", "peak_kw")),
    TOOL_MASTER_LIST("tool-master-list", "tool master list", List.of("tool_id", "name", "kind", "vendor",
            "expected_life_hours", "station")),
    MAINTENANCE_LOG("maintenance-log", "maintenance log", List.of("work_order", "machine", "fault", "severity",
            "reported", "started", "resolved", "technician")),
    FLOOR_PLAN("floor-plan", "floor plan", List.of()),
    TOOL_INVENTORY("tool-inventory", "tool inventory snapshot", List.of()),
    ARCHIVE("archive", "archive of live messages", List.of());

    private static final List<FileKind> SPREADSHEETS = List.of(CLOCK_IN, TASK_LOG, ENERGY_REPORT, TOOL_MASTER_LIST,
            MAINTENANCE_LOG);

    private final String code;
    private final String label;
    private final List<String> columns;

    FileKind(String code, String label, List<String> columns) {
        this.code = code;
        this.label = label;
        this.columns = columns;
    }

    public String code() {
        return code;
    }

    /** How the kind is named in messages, e.g. "clock-in sheet". */
    public String label() {
        return label;
    }

    /** The header columns the contract names for this kind (empty for files that are not spreadsheets). */
    public List<String> columns() {
        return columns;
    }

    /**
     * The spreadsheet kind a header row names.
     *
     * @param header the header's names, already trimmed
     * @throws BadCellException if it names no kind, or more than one
     */
    static FileKind ofHeader(List<String> header) {
        Set<String> names = header.stream().map(FileKind::normalise).collect(Collectors.toSet());
        List<FileKind> matches = SPREADSHEETS.stream()
                .filter(kind -> kind.columns.stream().map(FileKind::normalise).allMatch(names::contains))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new BadCellException("the header fits more than one kind of file ("
                    + matches.stream().map(FileKind::label).collect(Collectors.joining(", ")) + ")");
        }
        FileKind closest = SPREADSHEETS.stream()
                .max(Comparator.comparingLong(kind -> kind.columns.stream().map(FileKind::normalise)
                        .filter(names::contains).count()))
                .orElseThrow();
        List<String> missing = new ArrayList<>();
        closest.columns.stream().filter(c -> !names.contains(normalise(c))).forEach(c -> missing.add("'" + c + "'"));
        throw new BadCellException("the header matches no kind of file (closest: " + closest.label + ", missing "
                + String.join(", ", missing) + ")");
    }

    /** A header name as it is matched: trimmed and lower-case. */
    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
