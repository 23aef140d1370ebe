package org.floorwatch.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.ingest.simulator.WorkOrder;
import org.floorwatch.ingest.simulator.files.FileSimulationSettings;
import org.floorwatch.ingest.simulator.files.LiveMaintenanceLog;
import org.floorwatch.ingest.simulator.files.LiveShiftFiles;

/**
 * The live demo floor's paperwork in the demo's inbox, written when the floor clock reaches it and read by the inbox
 * watcher like any growing file: each change of a work order (reported, started, resolved) at or after the live
 * stream's start goes to a maintenance log, and each shift's clock-ins and tasks, for the history's staff, to a
 * clock-in sheet and a task log once the shift is handed in. What came before the live start is in the history's files.
 */
final class DemoPaperwork {

    /** The inbox files, written afresh by every demo. */
    static final String MAINTENANCE_LOG = "maintenance-log-live.csv";
    static final String CLOCK_INS = "clock-ins-live.csv";
    static final String TASKS = "tasks-live.csv";

    private record Change(Instant at, WorkOrder order) { }

    private final LiveMaintenanceLog log;
    private final LiveShiftFiles shifts;
    private final Instant liveFrom;
    private final PriorityQueue<Change> due = new PriorityQueue<>(
            Comparator.comparing(Change::at).thenComparing(change -> change.order().id()));

    DemoPaperwork(Path inbox, FloorPlan plan, DemoTimeline timeline) throws IOException {
        this.log = new LiveMaintenanceLog(inbox.resolve(MAINTENANCE_LOG), plan.timezone());
        this.shifts = new LiveShiftFiles(plan, ControlRoom.DEMO_SEED, FileSimulationSettings.DEFAULT_WORKERS,
                timeline.floorDay(), inbox.resolve(CLOCK_INS), inbox.resolve(TASKS));
        this.liveFrom = timeline.liveFrom();
    }

    /** Takes the orders the floor opened; their changes from the live start on are written when they come due. */
    void opened(List<WorkOrder> orders) {
        for (WorkOrder order : orders) {
            order.changes().stream().filter(at -> !at.isBefore(liveFrom)).forEach(at -> due.add(new Change(at, order)));
        }
    }

    /** Appends the work orders' changes and the shifts handed in at or before {@code now}, in time order. */
    void writeUpTo(Instant now) throws IOException {
        while (!due.isEmpty() && !due.peek().at().isAfter(now)) {
            Change change = due.poll();
            log.append(change.order().asAt(change.at()));
        }
        shifts.writeUpTo(now);
    }
}
