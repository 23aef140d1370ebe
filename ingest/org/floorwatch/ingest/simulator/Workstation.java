package org.floorwatch.ingest.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * One station while the floor runs: its FIFO queue, how many parts it works on at once (one per
 * machine, at least one), the parts headed for or held by it (its WIP), any disruption in force,
 * and a running integral of busy time from which heat and energy are derived.
 */
final class Workstation {

    /** A part on the floor. */
    record Part(String id, SimulationSettings.ProductType type) { }

    private final Station station;
    private final int servers;
    private final Deque<Part> queue = new ArrayDeque<>();
    private int busy;
    private int wip;
    private boolean stopped;
    private double slowFactor = 1;
    private boolean disrupted;
    private long busyServerMs;
    private long lastChangeMs;

    Workstation(Station station, int servers) {
        this.station = station;
        this.servers = Math.max(1, servers);
    }

    Station station() {
        return station;
    }

    int wip() {
        return wip;
    }

    /** A part has left another station for this one. */
    void expect() {
        wip++;
    }

    void enqueue(Part part) {
        queue.addLast(part);
    }

    /** Takes the next waiting part onto a free server, or returns null when none can start. */
    Part startNext(long nowMs) {
        if (stopped || busy == servers || queue.isEmpty()) {
            return null;
        }
        account(nowMs);
        busy++;
        return queue.pollFirst();
    }

    /** A part has finished its cycle and leaves the station. */
    void release(long nowMs) {
        park(nowMs);
        wip--;
    }

    /** A part has finished its cycle but has nowhere to go: it stays, and frees its server. */
    void park(long nowMs) {
        account(nowMs);
        busy--;
    }

    double slowFactor() {
        return slowFactor;
    }

    boolean disrupted() {
        return disrupted;
    }

    void stop() {
        disrupted = true;
        stopped = true;
    }

    void slowDown(double factor) {
        disrupted = true;
        slowFactor = factor;
    }

    void recover() {
        disrupted = false;
        stopped = false;
        slowFactor = 1;
    }

    /** Server-milliseconds of work done up to {@code nowMs}; differences of it give busy shares. */
    long busyServerMs(long nowMs) {
        return busyServerMs + (long) busy * (nowMs - lastChangeMs);
    }

    /** Share of the station's capacity used between two readings of {@link #busyServerMs}. */
    double busyShare(long busyFrom, long busyTo, long intervalMs) {
        return intervalMs <= 0 ? 0 : Math.min(1, (busyTo - busyFrom) / (double) (servers * intervalMs));
    }

    private void account(long nowMs) {
        busyServerMs = busyServerMs(nowMs);
        lastChangeMs = nowMs;
    }
}
