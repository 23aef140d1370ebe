package org.floorwatch.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.floorwatch.ingest.simulator.WorkOrder;
import org.floorwatch.ingest.simulator.files.LiveMaintenanceLog;

/**
 * The live part of the demo floor's maintenance log: each change of a work order (reported, started, resolved) at or
 * after the live stream's start is appended to a maintenance log in the demo's inbox when the floor clock reaches it,
 * where the inbox watcher reads it like any growing file. Changes before the live start are in the history's log.
 */
final class DemoWorkOrders {

    /** The inbox file, written afresh by every demo. */
    static final String FILE_NAME = "maintenance-log-live.csv";

    private record Change(Instant at, WorkOrder order) { }

    private final LiveMaintenanceLog log;
    private final Instant liveFrom;
    private final PriorityQueue<Change> due = new PriorityQueue<>(
            Comparator.comparing(Change::at).thenComparing(change -> change.order().id()));

    DemoWorkOrders(Path inbox, ZoneId zone, Instant liveFrom) throws IOException {
        this.log = new LiveMaintenanceLog(inbox.resolve(FILE_NAME), zone);
        this.liveFrom = liveFrom;
    }

    /** Takes the orders the floor opened; their changes from the live start on are written when they come due. */
    void opened(List<WorkOrder> orders) {
        for (WorkOrder order : orders) {
            order.changes().stream().filter(at -> !at.isBefore(liveFrom)).forEach(at -> due.add(new Change(at, order)));
        }
    }

    /** Appends the changes due at or before {@code now}, in time order. */
    void writeUpTo(Instant now) throws IOException {
        while (!due.isEmpty() && !due.peek().at().isAfter(now)) {
            Change change = due.poll();
            log.append(change.order().asAt(change.at()));
        }
    }
}
